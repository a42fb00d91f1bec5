package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.folkestyre.core.governance.Citation;

/**
 * The source of a rule in the command line's JSON output.
 *
 * @param text the citation as one line, such as {@code kommuneloven § 5-5 andre ledd (LOV-2018-06-22-83)}
 * @param kind {@code LAW}, {@code LOCAL_POLICY} or {@code GUIDANCE}
 * @param source the act's short title or the deciding authority
 * @param section the section, or the name of the decision
 * @param paragraph the paragraph within the section, if narrower; omitted otherwise
 * @param identifier the official identifier, such as {@code LOV-2018-06-22-83}; omitted if none
 * @param link a link to the text of the source; omitted if none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CitationJson(
    String text, String kind, String source, String section, String paragraph, String identifier, String link) {

  /**
   * Describes a citation.
   *
   * @param citation the citation
   * @return its JSON form
   */
  public static CitationJson of(Citation citation) {
    return new CitationJson(
        citation.toString(),
        citation.kind().name(),
        citation.source(),
        citation.section(),
        citation.paragraph().orElse(null),
        citation.identifier().orElse(null),
        citation.link().map(Object::toString).orElse(null));
  }
}
