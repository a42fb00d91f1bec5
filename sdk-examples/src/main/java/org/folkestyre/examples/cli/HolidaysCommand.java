package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.folkestyre.core.jurisdiction.HolidayCalendar;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.jurisdiction.PublicHoliday;
import org.folkestyre.examples.cli.json.HolidayJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code folkestyre holidays}: the public holidays of a country in a year, in date order. */
@Command(name = "holidays", sortOptions = false,
    description = "Lists the public holidays of a country in a year, in date order.")
final class HolidaysCommand implements Callable<Integer> {
  @ParentCommand
  private FolkestyreCli cli;

  @Spec
  private CommandSpec spec;

  @Option(names = "--country", required = true, paramLabel = "NO|DK",
      converter = Converters.JurisdictionConverter.class,
      description = "The country: NO (Norway) or DK (Denmark).")
  private Jurisdiction country;

  @Option(names = "--year", required = true, paramLabel = "YYYY",
      description = "The year, 1900 to 2199.")
  private int year;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() {
    HolidayCalendar calendar = country.holidayCalendar();
    if (year < calendar.firstSupportedYear() || year > calendar.lastSupportedYear()) {
      throw new ParameterException(spec.commandLine(), "invalid --year '" + year + "': must be between "
          + calendar.firstSupportedYear() + " and " + calendar.lastSupportedYear());
    }
    List<PublicHoliday> holidays = calendar.holidays(year);
    if (options.json()) {
      cli.printJson(holidays.stream().map(h -> new HolidayJson(h.date().toString(), h.localName())).toList());
    } else {
      PrintStream out = cli.out();
      for (PublicHoliday holiday : holidays) {
        out.println(holiday.date() + "  " + holiday.names().get(options.language));
      }
    }
    return FolkestyreCli.EXIT_OK;
  }
}
