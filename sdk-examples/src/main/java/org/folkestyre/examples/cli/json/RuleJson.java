package org.folkestyre.examples.cli.json;

/**
 * A built-in governance rule as {@code folkestyre rules --format json} lists it.
 *
 * @param id the rule's stable id, such as {@code NO-KL-5-5-COUNCIL-MIN}
 * @param pack the id of the rule pack it belongs to, such as {@code NO-KL}
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
 * @param confidence {@code VERIFIED_TEXT}, {@code SECONDARY} or {@code UNVERIFIED}
 * @param citation the source the rule rests on
 * @param title the short title in the requested language
 * @param explanation what the rule requires, in the requested language
 */
public record RuleJson(
    String id, String pack, String severity, String confidence, CitationJson citation, String title,
    String explanation) {}
