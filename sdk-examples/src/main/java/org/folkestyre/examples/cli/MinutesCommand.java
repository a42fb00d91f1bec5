package org.folkestyre.examples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.folkestyre.core.Language;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.minutes.Minutes;
import org.folkestyre.core.minutes.MinutesRenderer;
import org.folkestyre.core.minutes.MinutesRenderer.Format;
import org.folkestyre.core.minutes.View;
import org.folkestyre.examples.cli.json.MeetingForm;
import org.folkestyre.examples.cli.json.MeetingRecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code folkestyre minutes FILE.json}: writes the minutes of a meeting described in JSON as
 * Markdown, HTML or plain text, in the public view (the default) or the internal one.
 *
 * <p>Its {@code --format} takes {@code markdown|html|text} instead of the other commands'
 * {@code text|json}; {@code --lang} is the same as theirs.
 */
@Command(name = "minutes", sortOptions = false,
    description = {"Writes the minutes of a meeting described in a JSON file (the form is in docs/cli.md) as"
        + " Markdown, HTML or plain text.",
        "The public view, the default, leaves out the content of closed items, exempt attachments and the names"
            + " of persons who are not members of the body; docs/minutes.md explains why."})
final class MinutesCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "The meeting with its committee, in JSON.")
  private Path file;

  @Option(names = "--view", paramLabel = "public|internal", defaultValue = "public", converter = ViewConverter.class,
      description = "public (default): what may be published; internal: everything the file holds.")
  private View view;

  @Option(names = "--format", paramLabel = "markdown|html|text", defaultValue = "text",
      converter = FormatConverter.class,
      description = "Output format: text (default, wrapped at 100 columns), markdown or html (a complete document).")
  private Format format;

  @Option(names = "--lang", paramLabel = "nb|nn|da|en", defaultValue = "en",
      converter = CommonOptions.LanguageConverter.class,
      description = "Language of the text: nb (bokmål), nn (nynorsk), da (Danish) or en (English, default).")
  private Language language;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Override
  public Integer call() {
    MeetingRecordJson json = JsonFiles.read(file, MeetingRecordJson.class);
    MeetingRecord record;
    try {
      record = MeetingForm.toCore(json, LocalDate.now(cli.clock()));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": " + e.getMessage(), e);
    }
    cli.out().print(MinutesRenderer.render(Minutes.of(record, view), format, language, view));
    return FolkestyreCli.EXIT_OK;
  }

  private static <E extends Enum<E>> E lowerCaseName(String value, Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
        return constant;
      }
    }
    throw new TypeConversionException("must be one of " + Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
  }

  /** Converts {@code --format}: markdown, html or text, ignoring case. */
  static final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return lowerCaseName(value, Format.class);
    }
  }

  /** Converts {@code --view}: public or internal, ignoring case. */
  static final class ViewConverter implements ITypeConverter<View> {
    @Override
    public View convert(String value) {
      return lowerCaseName(value, View.class);
    }
  }
}
