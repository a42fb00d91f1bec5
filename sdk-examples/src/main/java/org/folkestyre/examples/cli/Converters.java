package org.folkestyre.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters of option values to the library's types; a failure names the rule the value breaks. */
final class Converters {
  private Converters() {}

  /** Converts a jurisdiction id such as {@code NO} or {@code dk}. */
  static final class JurisdictionConverter implements ITypeConverter<Jurisdiction> {
    @Override
    public Jurisdiction convert(String value) {
      try {
        return Jurisdiction.of(value);
      } catch (InvalidValueException e) {
        throw new TypeConversionException(e.rule());
      }
    }
  }

  /** Converts an ISO date, {@code YYYY-MM-DD}. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("must be a date in the form YYYY-MM-DD");
      }
    }
  }
}
