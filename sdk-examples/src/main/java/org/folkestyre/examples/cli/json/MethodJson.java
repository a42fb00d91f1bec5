package org.folkestyre.examples.cli.json;

import java.util.List;
import java.util.Map;

/**
 * A participation method as {@code folkestyre methods --format json} lists it. Enum values are
 * their Java names; an absent optional value is {@code null} and an empty list {@code []}, so that
 * every object has every key.
 *
 * @param id the method's stable id, such as {@code dialogue-meeting}
 * @param names the name by language tag: {@code nb}, {@code nn}, {@code da}, {@code en}
 * @param summary the summary by language tag
 * @param iap2Level the primary IAP2 level, such as {@code INVOLVE}
 * @param decisionPower the formal force of the outcome, such as {@code ADVISORY}
 * @param arenas the arenas, such as {@code SYSTEM_POLITICAL}
 * @param mode {@code IN_PERSON}, {@code DIGITAL} or {@code HYBRID}
 * @param groupSize the typical number of participants, such as {@code 10–100} or {@code 50+}
 * @param costClass {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param schemaVersion the version of the method schema, such as {@code 1.0.0}
 * @param version the version of the description
 * @param alternativeNames other names by language tag
 * @param methodTypes the general types, most typical first
 * @param purposes the purposes, most typical first
 * @param iap2Range the span of IAP2 levels, or null
 * @param norwegianInfluenceLevel the level of the Norwegian circle of influence, or null
 * @param initiators who starts the method
 * @param legalReferences the legal basis
 * @param legalStatusNote a note on the legal status, or null
 * @param openness who may take part, or null
 * @param selection how participants are selected, or null
 * @param recruitment how participants are recruited, most typical first
 * @param minimumAge the youngest age, or null
 * @param maximumAge the oldest age, or null
 * @param targetGroups the groups the method suits
 * @param interactionTypes how participants interact, most typical first
 * @param deliberationType the kind of talk, or null
 * @param decisionMethods how a result is reached, most typical first
 * @param facilitation whether there are facilitators, or null
 * @param learningResources what participants learn from
 * @param scopes the geographical scopes
 * @param planningPhases the planning phases
 * @param outputs what the method produces
 * @param duration how long it takes
 * @param staffDays the staff days per run, or null
 * @param accessibility the structured accessibility description, or null
 * @param accessibilityNotes notes on accessibility in English, or null
 * @param sources short citations of the sources
 * @param references the structured sources
 * @param licence the SPDX licence of the description, or null
 * @param provenance {@code BUILT_IN}, {@code VENDOR} or {@code MUNICIPALITY}
 * @param status {@code DRAFT}, {@code PUBLISHED}, {@code VERIFIED} or {@code DEPRECATED}
 */
public record MethodJson(
    String id, Map<String, String> names, Map<String, String> summary, String iap2Level, String decisionPower,
    List<String> arenas, String mode, String groupSize, String costClass,
    String schemaVersion, String version, Map<String, List<String>> alternativeNames, List<String> methodTypes,
    List<String> purposes, RangeJson iap2Range, String norwegianInfluenceLevel, List<String> initiators,
    List<LegalReferenceJson> legalReferences, String legalStatusNote, String openness, String selection,
    List<String> recruitment, Integer minimumAge, Integer maximumAge, List<String> targetGroups,
    List<String> interactionTypes, String deliberationType, List<String> decisionMethods, String facilitation,
    List<String> learningResources, List<String> scopes, List<String> planningPhases, List<String> outputs,
    DurationJson duration, SpanJson staffDays, AccessibilityJson accessibility, String accessibilityNotes,
    List<String> sources, List<SourceJson> references, String licence, String provenance, String status) {

  /**
   * A span of IAP2 levels.
   *
   * @param min the lowest level
   * @param max the highest level
   */
  public record RangeJson(String min, String max) {}

  /**
   * A span of whole numbers, both ends included.
   *
   * @param min the smallest value
   * @param max the largest value
   */
  public record SpanJson(int min, int max) {}

  /**
   * A reference to a law.
   *
   * @param jurisdiction {@code NO} or {@code DK}
   * @param act the act, such as {@code kommuneloven}
   * @param section the section, such as {@code § 12-1}, or null for the whole act
   * @param note a note in English, or null
   */
  public record LegalReferenceJson(String jurisdiction, String act, String section, String note) {}

  /**
   * How long a method takes.
   *
   * @param recurrence {@code ONE_OFF}, {@code REPEATED} or {@code STANDING}
   * @param description the time in words, in English
   * @param contactMinutes the minutes each participant spends, or null
   * @param sessions the number of sessions, or null
   * @param calendarDays the calendar days the method spans, or null
   */
  public record DurationJson(
      String recurrence, String description, SpanJson contactMinutes, SpanJson sessions, SpanJson calendarDays) {}

  /**
   * The structured accessibility description.
   *
   * @param barriers the barriers the method creates
   * @param supports the supports that lower them
   * @param languageDependency {@code LOW}, {@code MEDIUM} or {@code HIGH}
   * @param digitalDependency {@code NONE}, {@code OPTIONAL} or {@code REQUIRED}
   * @param youthSuitability {@code NOT_SUITABLE}, {@code ADAPTABLE} or {@code DESIGNED_FOR}
   * @param offlineAlternative how to take part without digital tools, or null
   */
  public record AccessibilityJson(List<String> barriers, List<String> supports, String languageDependency,
      String digitalDependency, String youthSuitability, String offlineAlternative) {}

  /**
   * A structured source.
   *
   * @param publisher who published it
   * @param title the title
   * @param kind {@code GUIDANCE}, {@code LAW}, {@code RESEARCH}, {@code CASE} or {@code CATALOGUE}
   * @param year the year, or null
   * @param url the address, or null
   */
  public record SourceJson(String publisher, String title, String kind, Integer year, String url) {}
}
