package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.folkestyre.core.redaction.Finding;
import org.folkestyre.core.redaction.RedactionResult;

/**
 * The result of {@code folkestyre redact --format json}: the redacted text, every finding and
 * whether a person must review the text.
 *
 * @param text the redacted text
 * @param findings every finding in the order of the original, redactions and review flags
 * @param needsReview whether a person must review the text before it is published
 */
public record RedactionJson(String text, List<FindingJson> findings, boolean needsReview) {

  /**
   * One finding: its kind, UTF-16 offsets into the input, certainty and replacement.
   *
   * @param kind the kind, such as {@code PHONE} or {@code NO_FODSELSNUMMER}
   * @param start the UTF-16 offset of the first character in the input
   * @param end the UTF-16 offset after the last character in the input
   * @param certainty {@code certain} or {@code probable}
   * @param replacement what replaced it in the text; absent for a review flag
   * @param topic the special category of a {@code SPECIAL_CATEGORY} finding, such as {@code HEALTH}; absent otherwise
   */
  public record FindingJson(String kind, int start, int end, String certainty,
      @JsonInclude(JsonInclude.Include.NON_NULL) String replacement,
      @JsonInclude(JsonInclude.Include.NON_NULL) String topic) {}

  /**
   * Converts a redaction result.
   *
   * @param result the result
   * @return its JSON form
   */
  public static RedactionJson of(RedactionResult result) {
    List<FindingJson> findings = result.findings().stream().map(RedactionJson::finding).toList();
    return new RedactionJson(result.text(), findings, result.needsReview());
  }

  private static FindingJson finding(Finding finding) {
    return new FindingJson(finding.kind().name(), finding.start(), finding.end(), finding.certainty().lowerCaseName(),
        finding.replacement().orElse(null), finding.topic().map(Enum::name).orElse(null));
  }
}
