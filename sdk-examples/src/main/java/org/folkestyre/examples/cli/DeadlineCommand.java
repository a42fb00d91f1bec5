package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.consultation.ConsultationKind;
import org.folkestyre.core.consultation.Deadlines;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.jurisdiction.HolidayCalendar;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.examples.cli.json.DeadlineJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code folkestyre deadline}: the earliest legal closing date of a consultation of a kind that
 * opens on a day.
 */
@Command(name = "deadline", sortOptions = false,
    description = {"Prints the earliest legal closing date of a consultation: the opening day plus the kind's"
        + " minimum period, moved to the next working day when it falls on a Saturday, Sunday or public holiday.",
        "Kinds: planprogram, reguleringsplan-planprogram, kommuneplan, reguleringsplan, state (NO);"
            + " kommuneplan, kommuneplan-minor, lokalplan, lokalplan-minor (DK)."})
final class DeadlineCommand implements Callable<Integer> {
  private static final LocalizedText LINE = LocalizedText.of(
      "{kind} ({country}) som åpner {opens}: tidligste lovlige frist er {close} (minst {period}: {citation};"
          + " regel {rule}).",
      "{kind} ({country}) som opnar {opens}: tidlegaste lovlege frist er {close} (minst {period}: {citation};"
          + " regel {rule}).",
      "{kind} ({country}), der åbner {opens}: tidligste lovlige frist er {close} (mindst {period}: {citation};"
          + " regel {rule}).",
      "{kind} ({country}) opening {opens}: the earliest legal deadline is {close} (at least {period}: {citation};"
          + " rule {rule}).");
  private static final LocalizedText MOVED = LocalizedText.of(
      "{day} er ikke en virkedag, så fristen flyttes til {close}.",
      "{day} er ikkje ein yrkedag, så fristen blir flytta til {close}.",
      "{day} er ikke en hverdag, så fristen flyttes til {close}.",
      "{day} is not a working day, so the deadline moves to {close}.");
  private static final LocalizedText NORMALLY = LocalizedText.of(
      "Normalt {period}: frist {close}.", "Normalt {period}: frist {close}.", "Normalt {period}: frist {close}.",
      "Normally {period}: deadline {close}.");

  @ParentCommand
  private FolkestyreCli cli;

  @Spec
  private CommandSpec spec;

  @Option(names = "--country", required = true, paramLabel = "NO|DK",
      converter = Converters.JurisdictionConverter.class,
      description = "The country: NO (Norway) or DK (Denmark).")
  private Jurisdiction country;

  @Option(names = "--kind", required = true, paramLabel = "KIND",
      description = "The kind of consultation, as listed above for the country.")
  private String kind;

  @Option(names = "--opens", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The day the consultation opens.")
  private LocalDate opens;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() {
    ConsultationKind consultationKind = kind(country, kind);
    HolidayCalendar calendar = country.holidayCalendar();
    if (opens.getYear() < calendar.firstSupportedYear() || opens.getYear() > calendar.lastSupportedYear()) {
      throw new ParameterException(spec.commandLine(), "invalid --opens '" + opens + "': must be between "
          + calendar.firstSupportedYear() + "-01-01 and " + calendar.lastSupportedYear() + "-12-31");
    }
    LocalDate close = Deadlines.earliestClose(consultationKind, opens, calendar);
    String rule = consultationKind.ruleId().orElseThrow();
    if (options.json()) {
      cli.printJson(new DeadlineJson(close.toString(), Deadlines.isoPeriod(consultationKind.minimumPeriod()), rule));
      return FolkestyreCli.EXIT_OK;
    }
    Language language = options.language;
    PrintStream out = cli.out();
    String name = consultationKind.names().get(language);
    out.println(LINE.format(Map.of("kind", name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1),
        "country", country.id(), "opens", opens, "close", close,
        "period", Deadlines.describe(consultationKind.minimumPeriod(), language), "rule", rule,
        "citation", citation(consultationKind))).get(language));
    LocalDate day = opens.plus(consultationKind.minimumPeriod());
    if (!day.equals(close)) {
      out.println(MOVED.format(Map.of("day", day, "close", close)).get(language));
    }
    if (!consultationKind.normalPeriod().equals(consultationKind.minimumPeriod())) {
      out.println(NORMALLY.format(Map.of("period", Deadlines.describe(consultationKind.normalPeriod(), language),
          "close", Deadlines.normalClose(consultationKind, opens, calendar))).get(language));
    }
    return FolkestyreCli.EXIT_OK;
  }

  /** The act and section of a kind's rule, such as {@code plan- og bygningsloven § 11-14}. */
  private static String citation(ConsultationKind kind) {
    String id = kind.ruleId().orElseThrow();
    Citation citation = RulePacks.allRules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow()
        .citation();
    return citation.source() + " " + citation.section() + citation.paragraph().map(p -> " " + p).orElse("");
  }

  /** The kind with a legal minimum period that a country calls by an id, ignoring case. */
  private static ConsultationKind kind(Jurisdiction country, String id) {
    List<ConsultationKind> kinds = ConsultationKind.legalKinds(country);
    String key = id.strip().toLowerCase(Locale.ROOT);
    return kinds.stream().filter(k -> k.id().equals(key)).findFirst().orElseThrow(() -> new UserInputException(
        "invalid --kind '" + id + "' for " + country.id() + ": must be one of "
            + kinds.stream().map(ConsultationKind::id).collect(Collectors.joining(", ")), null));
  }
}
