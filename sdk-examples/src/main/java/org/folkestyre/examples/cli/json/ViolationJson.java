package org.folkestyre.examples.cli.json;

import java.util.Map;

/**
 * One violation in the command line's JSON output.
 *
 * @param rule the id of the broken rule
 * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
 * @param confidence how well the rule's source is verified
 * @param path the path of the offending element, such as {@code councilSize} or
 *     {@code districts[3].hub}; empty for the municipality itself
 * @param message the explanation in the requested language
 * @param citation the rule's source
 * @param values the values involved, by name, such as {@code {"size": "41", "minimum": "43"}}
 */
public record ViolationJson(
    String rule, String severity, String confidence, String path, String message, CitationJson citation,
    Map<String, String> values) {}
