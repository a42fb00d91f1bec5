package org.folkestyre.examples.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.interchange.Proceedings;
import org.folkestyre.core.interchange.ical.MeetingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code folkestyre ical FILE.json}: prints the iCalendar feed of a committee's meetings, from the
 * JSON form of {@link org.folkestyre.examples.cli.interchange.InterchangeJson}.
 */
@Command(name = "ical", sortOptions = false,
    description = {"Prints the iCalendar (RFC 5545) feed of a committee's meetings described in a JSON file"
        + " (the form is in docs/cli.md): one event per meeting, cancelled ones included, with stable UIDs.",
        "Exits with 2 if the file cannot be used."})
final class IcalCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Parameters(index = "0", paramLabel = "FILE.json", description = "The committees and meetings in JSON.")
  private Path file;

  @Option(names = "--committee", paramLabel = "ID",
      description = "The committee whose meetings to print. Default: the file's only committee.")
  private String committee;

  @Option(names = "--domain", paramLabel = "DOMAIN", defaultValue = "example.org",
      description = "The domain that makes the events' UIDs unique, such as drammen.kommune.no. Default: ${DEFAULT-VALUE}.")
  private String domain;

  @Option(names = "--base", paramLabel = "URL", defaultValue = "https://example.org/meetings/",
      converter = UrlConverter.class,
      description = "The URL under which each meeting has its page. Default: ${DEFAULT-VALUE}.")
  private URI base;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  private boolean help;

  @Override
  public Integer call() {
    MeetingCalendar calendar;
    try {
      calendar = MeetingCalendar.of(domain, base, cli.clock());
    } catch (InvalidValueException e) {
      throw new UserInputException("invalid --" + e.field().replace("meetingBase", "base") + " '" + e.value() + "': "
          + e.rule(), e);
    }
    Proceedings proceedings = InterchangeInput.read(file, LocalDate.now(cli.clock()));
    String id = committee;
    if (id == null) {
      if (proceedings.committees().size() != 1) {
        throw new UserInputException(file + ": holds " + proceedings.committees().size()
            + " committees; name one with --committee: " + proceedings.committees().stream().map(Committee::id).toList(),
            null);
      }
      id = proceedings.committees().get(0).id();
    } else if (proceedings.committee(id).isEmpty()) {
      throw new UserInputException("invalid --committee '" + id + "': is not a committee of " + file + "; committees: "
          + proceedings.committees().stream().map(Committee::id).toList(), null);
    }
    cli.out().print(calendar.feed(proceedings, id));
    return FolkestyreCli.EXIT_OK;
  }

  /** Converts a URL option: an absolute http or https URL. */
  static final class UrlConverter implements ITypeConverter<URI> {
    @Override
    public URI convert(String value) {
      try {
        URI uri = new URI(value);
        if (!uri.isAbsolute() || uri.getRawAuthority() == null) {
          throw new TypeConversionException("must be an absolute http or https URL, such as https://example.org/oparl/");
        }
        return uri;
      } catch (java.net.URISyntaxException e) {
        throw new TypeConversionException("is not a URL: " + e.getReason());
      }
    }
  }
}
