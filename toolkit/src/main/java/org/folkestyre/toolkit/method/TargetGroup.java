package org.folkestyre.toolkit.method;

/** A group of people a method suits, after Participedia's targeted participants with local additions. */
public enum TargetGroup {
  /** Everyone: the general public. */
  GENERAL_PUBLIC,
  /** Residents affected by the matter. */
  AFFECTED_RESIDENTS,
  /** Children under 13. */
  CHILDREN,
  /** Young people. */
  YOUTH,
  /** People voting for the first time. */
  FIRST_TIME_VOTERS,
  /** Pupils and students. */
  STUDENTS,
  /** Older people. */
  ELDERLY,
  /** People with disabilities. */
  PEOPLE_WITH_DISABILITIES,
  /** Users of a municipal service. */
  SERVICE_USERS,
  /** Relatives and carers — pårørende. */
  RELATIVES,
  /** Socially vulnerable people — udsatte. */
  SOCIALLY_VULNERABLE,
  /** People on low incomes. */
  LOW_INCOME,
  /** Immigrants. */
  IMMIGRANTS,
  /** People whose first language is not the majority language. */
  LANGUAGE_MINORITIES,
  /** The Sami people. */
  SAMI,
  /** Volunteers. */
  VOLUNTEERS,
  /** Organisations and associations. */
  STAKEHOLDERS,
  /** Businesses. */
  BUSINESSES,
  /** Landowners. */
  LANDOWNERS,
  /** Employees of the municipality. */
  EMPLOYEES,
  /** Elected representatives. */
  ELECTED,
  /** Experts. */
  EXPERTS,
  /** Everyone entitled to vote. */
  ELECTORATE;
}
