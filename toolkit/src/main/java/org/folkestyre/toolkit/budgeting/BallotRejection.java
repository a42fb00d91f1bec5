package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * One reason a ballot was rejected — avvisning (NO), afvisning (DK): a {@link RejectionCode} with
 * the values that explain it.
 *
 * <p>The details are for the municipality and the embedding system's own messages: positions on the
 * ballot, counts, amounts, limits and, under the key {@code project}, the project id as submitted.
 * That id is untrusted input: encode it before showing it. The {@link #message()} for the voter is
 * built from the code's template and never repeats it. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BallotRejection {
  BallotRejection() {}

  /**
   * Returns the reason's code.
   *
   * @return the code
   */
  public abstract RejectionCode code();

  /**
   * Returns the values that explain the rejection, in a fixed order per code.
   *
   * @return the details, holding at least every placeholder of the code's template
   */
  public abstract ImmutableMap<String, String> details();

  /**
   * Obtains a rejection.
   *
   * @param code the code
   * @param details the details
   * @return the rejection
   * @throws org.folkestyre.core.InvalidValueException if a placeholder of the code's template has no value
   */
  public static BallotRejection of(RejectionCode code, Map<String, String> details) {
    return ImmutableBallotRejection.builder().code(code).details(details).build();
  }

  /**
   * Returns the explanation for the voter in four languages.
   *
   * @return the code's template filled with the details
   */
  public LocalizedText message() {
    return code().template().format(details());
  }

  /**
   * Returns the explanation for the voter in one language.
   *
   * @param language the language
   * @return the explanation
   */
  public String message(Language language) {
    return message().get(language);
  }

  @Value.Check
  void check() {
    message();
  }

  @Override
  public String toString() {
    return code() + " " + details();
  }
}
