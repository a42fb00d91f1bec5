package org.folkestyre.examples.cli;

import java.util.Locale;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options every subcommand takes: {@code --format}, {@code --lang} and {@code --help}. */
final class CommonOptions {
  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", converter = FormatConverter.class,
      description = "Output format: text (default) or json.")
  OutputFormat format;

  @Option(names = "--lang", paramLabel = "nb|nn|da|en", defaultValue = "en", converter = LanguageConverter.class,
      description = "Language of the text: nb (bokmål), nn (nynorsk), da (Danish) or en (English, default).")
  Language language;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** Returns whether JSON was asked for. */
  boolean json() {
    return format == OutputFormat.JSON;
  }

  /** Converts {@code --lang}: nb, nn, da or en, ignoring case. */
  static final class LanguageConverter implements ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
      try {
        return Language.ofTag(value);
      } catch (InvalidValueException e) {
        throw new TypeConversionException(e.rule());
      }
    }
  }

  /** Converts {@code --format}: text or json, ignoring case. */
  static final class FormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat format : OutputFormat.values()) {
        if (format.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
          return format;
        }
      }
      throw new TypeConversionException("must be one of text, json");
    }
  }
}
