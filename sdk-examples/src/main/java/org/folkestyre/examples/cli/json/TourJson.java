package org.folkestyre.examples.cli.json;

import java.util.List;

/**
 * The report of {@code folkestyre tour --format json}.
 *
 * @param asOf the date of the tour, {@code YYYY-MM-DD}
 * @param municipality the municipality in the JSON form {@code folkestyre validate} reads, so that
 *     it can serve as a template for one's own
 * @param summary the figures the tour points out
 * @param validation the result of validating the municipality
 * @param bodies the municipality's bodies: council, committees, councils and local committees
 * @param bodiesValidation the result of validating the bodies under the same rule packs
 * @param consultation the sample consultation on Drammen's master plan: its summary and validation
 * @param minutes the public minutes of Holbæk's Demokratieksperimentarium of 24 March 2015, as text
 * @param activities the participation activities planned on Drammen's district budgets, as text
 * @param participatoryBudget the participatory budget in two Drammen districts, as text
 * @param grantPool Holbæk's vote-promotion grant pool for the next election, as text
 * @param whatNext a suggestion of what to try next, in the requested language
 */
public record TourJson(
    String asOf, MunicipalityJson municipality, Summary summary, ValidationJson validation, List<Body> bodies,
    ValidationJson bodiesValidation, ConsultationPart consultation, String minutes, String activities,
    String participatoryBudget, String grantPool, String whatNext) {

  /**
   * The tour's consultation.
   *
   * @param summary the summary as text in the requested language
   * @param rulesChecked the participation rules checked
   * @param violations the number of violations found
   */
  public record ConsultationPart(String summary, List<String> rulesChecked, int violations) {}

  /**
   * One body of the municipality.
   *
   * @param id the body's id
   * @param name the body's name
   * @param kind the id of its kind, such as {@code NO-EXECUTIVE}
   * @param kindName the kind's name in the requested language
   * @param members the number of voting members
   * @param deputies the number of deputy members
   * @param district the district of a local committee, or null
   */
  public record Body(String id, String name, String kind, String kindName, int members, int deputies,
      String district) {}

  /**
   * The figures the tour points out.
   *
   * @param code the municipality code on the tour's date
   * @param councilSize the number of seats on the municipal council
   * @param councilMinimum the legal minimum for its population, if a rule sets one
   * @param districtCount the number of districts
   * @param districtPopulation the sum of the districts' populations
   * @param budgetYear the year of the participation budgets
   * @param budgetTotal the sum of the districts' participation budgets for that year
   */
  public record Summary(
      String code, int councilSize, Integer councilMinimum, int districtCount, long districtPopulation,
      int budgetYear, MoneyJson budgetTotal) {}
}
