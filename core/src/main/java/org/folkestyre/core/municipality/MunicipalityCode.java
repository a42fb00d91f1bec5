package org.folkestyre.core.municipality;

import com.google.common.base.Strings;
import java.util.Objects;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.immutables.value.Value;

/**
 * The official number of a municipality — kommunenummer (NO), kommunekode (DK).
 *
 * <p>Codes are kept as text because leading zeros matter: Oslo is {@code 0301}. A Norwegian
 * kommunenummer has exactly 4 digits; a Danish kommunekode has 3 digits (Holbæk is {@code 316})
 * and is also written padded to 4 ({@code 0316}), which {@link #of(Jurisdiction, String)} accepts
 * and {@link #paddedValue()} returns. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MunicipalityCode {
  MunicipalityCode() {}

  /**
   * Returns the id of the jurisdiction that issued the code.
   *
   * @return the jurisdiction id, such as {@code "NO"}
   */
  @Value.Parameter
  public abstract String jurisdictionId();

  /**
   * Returns the code in its canonical form: 4 digits in Norway, 3 in Denmark.
   *
   * @return the code, such as {@code "0301"} or {@code "316"}
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Parses a code of a jurisdiction.
   *
   * @param jurisdiction the issuing jurisdiction
   * @param text the code, such as {@code "0301"}; a Danish code may be given padded, {@code "0316"}
   * @return the code
   * @throws InvalidValueException if the text is not a code of that jurisdiction, such as {@code "301"} in Norway
   */
  public static MunicipalityCode of(Jurisdiction jurisdiction, String text) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(text, "text");
    int digits = jurisdiction.municipalityCodeDigits();
    String trimmed = text.strip();
    if (trimmed.length() == digits + 1 && trimmed.charAt(0) == '0' && digits < 4) {
      trimmed = trimmed.substring(1);
    }
    if (trimmed.length() != digits || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidValueException(
          "code", text, "a municipality code of " + jurisdiction.id() + " has exactly " + digits + " digits"
              + (digits < 4 ? " (or " + (digits + 1) + " with a leading zero)" : ""));
    }
    return ImmutableMunicipalityCode.of(jurisdiction.id(), trimmed);
  }

  /**
   * Returns the code padded with leading zeros to 4 digits, as Danish registers print it.
   *
   * @return the padded code, such as {@code "0316"}
   */
  public String paddedValue() {
    return Strings.padStart(value(), 4, '0');
  }

  @Override
  public String toString() {
    return value();
  }
}
