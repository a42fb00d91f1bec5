package org.folkestyre.toolkit.method;

/** What a method is for, after Participedia's purposes with two local additions. */
public enum Purpose {
  /** Making information available to the public (local addition). */
  INFORM,
  /** Gathering knowledge for the administration (local addition). */
  INSIGHT,
  /** Making, influencing or challenging decisions of government. */
  MAKE,
  /** Making, influencing or challenging decisions of private organisations. */
  MAKE_INFLUENCE,
  /** Delivering goods and services together with the public: co-production. */
  DELIVER,
  /** Developing civic capacities. */
  DEVELOP,
  /** Research. */
  ACADEMIC;
}
