package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.folkestyre.core.Language;
import org.folkestyre.core.Money;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationSummary;
import org.folkestyre.core.minutes.Minutes;
import org.folkestyre.core.minutes.MinutesRenderer;
import org.folkestyre.core.minutes.View;
import org.folkestyre.examples.DrammenConsultation;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.Concept;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.CodePeriod;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.municipality.MunicipalityRef;
import org.folkestyre.core.testing.ReferenceData;
import org.folkestyre.examples.cli.json.MoneyJson;
import org.folkestyre.examples.cli.json.MunicipalityForm;
import org.folkestyre.examples.cli.json.TourJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code folkestyre tour}: Drammen as formed in 2020, with its 10 districts, validated under
 * kommuneloven and Drammen's neighbourhood-democracy scheme — a guided look at the library.
 */
@Command(name = "tour", sortOptions = false,
    description = "Shows the library at work on Drammen as formed on 1 January 2020: its codes, merger,"
        + " population, council, 10 districts and budgets, and its bodies, validated as of 2020-06-01 under"
        + " NO-KL and DRAMMEN-NEIGHBOURHOOD; a consultation on the master plan with its summary; and the"
        + " minutes of Holbæk's Demokratieksperimentarium of 24 March 2015.")
final class TourCommand implements Callable<Integer> {
  /** The date of the tour: the first half-year of the merged municipality. */
  static final LocalDate AS_OF = LocalDate.of(2020, 6, 1);

  @ParentCommand
  private FolkestyreCli cli;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() {
    Municipality drammen = ReferenceData.drammen2020();
    Validator validator = Validator.forJurisdiction(Jurisdiction.norway(), RulePacks.DRAMMEN_NEIGHBOURHOOD);
    ValidationReport report = validator.validate(drammen, ValidationContext.asOf(AS_OF));
    MunicipalBodies bodies = ReferenceData.drammenBodies2019();
    ValidationReport bodiesReport = validator.validate(bodies, ValidationContext.asOf(AS_OF));
    Tour tour = new Tour(drammen, validator, report, options.language, bodies, bodiesReport);
    Consultation consultation = DrammenConsultation.samfunnsdel2021();
    ValidationReport consultationReport = Validator.forJurisdiction(Jurisdiction.norway(),
        RulePacks.DRAMMEN_PARTICIPATION).validate(consultation, ValidationContext.asOf(AS_OF));
    String summary = ConsultationSummary.of(consultation).toText(options.language);
    String minutes = MinutesRenderer.text(Minutes.of(ReferenceData.holbaekMeeting2015(), View.PUBLIC),
        options.language, View.PUBLIC);
    if (options.json()) {
      cli.printJson(tour.toJson(summary, consultationReport, minutes));
    } else {
      tour.print(cli.out());
      PrintStream out = cli.out();
      out.println();
      out.println(Texts.TOUR_CONSULTATION.get(options.language));
      out.println();
      out.println(summary.stripTrailing());
      out.println(Texts.RESULT.get(options.language) + " (" + String.join(", ", consultationReport.rulesChecked())
          + "): " + Texts.violationCount(consultationReport.violations().size(), options.language) + ".");
      out.println();
      out.println(Texts.TOUR_MINUTES.get(options.language));
      out.println();
      out.println(minutes.stripTrailing());
      out.println();
      ActivityTour.print(out, options.language);
      out.println();
      TourBudgeting.print(out, options.language);
      out.println();
      TourGrantPool.print(out, options.language);
      out.println();
      out.println(Texts.WHAT_NEXT.get(options.language));
    }
    return FolkestyreCli.EXIT_OK;
  }

  /** The figures of the tour, and how to print them. */
  private static final class Tour {
    private final Municipality municipality;
    private final Jurisdiction jurisdiction;
    private final Validator validator;
    private final ValidationReport report;
    private final Language language;
    private final Year budgetYear;
    private final Optional<Violation> councilMinimum;
    private final long districtPopulation;
    private final Money budgetTotal;
    private final MunicipalBodies bodies;
    private final ValidationReport bodiesReport;

    Tour(Municipality municipality, Validator validator, ValidationReport report, Language language,
        MunicipalBodies bodies, ValidationReport bodiesReport) {
      this.bodies = bodies;
      this.bodiesReport = bodiesReport;
      this.municipality = municipality;
      this.jurisdiction = municipality.jurisdiction();
      this.validator = validator;
      this.report = report;
      this.language = language;
      this.budgetYear = Year.from(report.asOf());
      this.councilMinimum = councilMinimum(municipality, report.asOf());
      this.districtPopulation = municipality.districts().stream().mapToLong(d -> d.population().count()).sum();
      Money total = Money.ofMinor(jurisdiction.currency(), 0);
      for (District district : municipality.districts()) {
        total = total.plus(district.budget(budgetYear).orElse(Money.ofMinor(jurisdiction.currency(), 0)));
      }
      this.budgetTotal = total;
    }

    /**
     * Finds the legal minimum council size by asking the statutory rules themselves: a copy of the
     * municipality with a council of one seat breaks the minimum-size rule, whose violation carries
     * the minimum for the population. The command line thus holds no copy of the law's table.
     */
    private static Optional<Violation> councilMinimum(Municipality municipality, LocalDate asOf) {
      Municipality oneSeat = Municipality.builder().from(municipality).councilSize(1).build();
      return Validator.forJurisdiction(municipality.jurisdiction())
          .validate(oneSeat, ValidationContext.asOf(asOf))
          .violations().stream()
          .filter(v -> v.path().equals("councilSize") && v.values().containsKey("minimum"))
          .findFirst();
    }

    private String term(Concept concept) {
      return jurisdiction.term(concept, language);
    }

    private String label(Concept concept) {
      return Texts.capitalize(term(concept), language);
    }

    private String code() {
      return municipality.codeOn(report.asOf()).orElse(municipality.code()).value();
    }

    TourJson toJson(String consultationSummary, ValidationReport consultationReport, String minutes) {
      Integer minimum = councilMinimum.map(v -> Integer.valueOf(v.values().get("minimum"))).orElse(null);
      TourJson.Summary summary = new TourJson.Summary(code(), municipality.councilSize(), minimum,
          municipality.districts().size(), districtPopulation, budgetYear.getValue(), MoneyJson.of(budgetTotal));
      return new TourJson(report.asOf().toString(),
          MunicipalityForm.fromCore(municipality, List.of(RulePacks.DRAMMEN_NEIGHBOURHOOD),
              Optional.of(report.asOf())),
          summary, Reports.toJson(municipality, validator, report, language),
          bodies.committees().stream().map(c -> new TourJson.Body(c.id(), c.name(), c.kind().id(),
              c.kind().names().get(language), c.size(), c.deputies().size(), c.district().orElse(null))).toList(),
          Reports.toJson(municipality, validator, bodiesReport, language),
          new TourJson.ConsultationPart(consultationSummary, consultationReport.rulesChecked(),
              consultationReport.violations().size()),
          minutes, text(out -> ActivityTour.print(out, language)), text(out -> TourBudgeting.print(out, language)),
          text(out -> TourGrantPool.print(out, language)), Texts.WHAT_NEXT.get(language));
    }

    /** What a step of the tour prints, as one string, its trailing line breaks removed. */
    private static String text(java.util.function.Consumer<PrintStream> step) {
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (PrintStream out = new PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8)) {
        step.accept(out);
      }
      return bytes.toString(java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
    }

    void print(PrintStream out) {
      out.println(Texts.format(Texts.TOUR_TITLE, language, Map.of("name", municipality.name())));
      out.println();
      printFacts(out);
      out.println();
      printDistricts(out);
      out.println();
      printRules(out, report);
      out.println();
      printBodies(out);
      out.println();
      printRules(out, bodiesReport);
    }

    private void printFacts(PrintStream out) {
      Map<String, String> facts = new LinkedHashMap<>();
      facts.put(label(Concept.MUNICIPALITY), municipality.name() + " (" + jurisdiction.name().get(language) + ")");
      facts.put(Texts.format(Texts.CODE_ON, language,
          Map.of("term", label(Concept.MUNICIPALITY_CODE), "date", report.asOf())), code());
      List<String> periods = new ArrayList<>();
      for (CodePeriod period : municipality.codePeriods()) {
        periods.add(period.validUntil()
            .map(until -> Texts.format(Texts.CLOSED_PERIOD, language,
                Map.of("code", period.code(), "from", period.validFrom(), "until", until)))
            .orElseGet(() -> Texts.format(Texts.OPEN_PERIOD, language,
                Map.of("code", period.code(), "from", period.validFrom()))));
      }
      facts.put(Texts.CODE_HISTORY.get(language), String.join("\n", periods));
      municipality.formedBy().ifPresent(merger -> facts.put(Texts.MERGER.get(language),
          Texts.format(Texts.FORMED, language, Map.of("date", merger.effectiveDate(), "names",
              Texts.list(merger.predecessors().stream().map(MunicipalityRef::toString).toList(), language)))));
      facts.put(Texts.POPULATION.get(language), Formats.integer(municipality.population().count(), language)
          + " (" + municipality.population().referenceDate() + ")");
      String council = councilMinimum
          .map(v -> Texts.format(Texts.COUNCIL_SIZE, language, Map.of("size", municipality.councilSize(),
              "minimum", v.values().get("minimum"), "citation", citation(v.citation()))))
          .orElseGet(() -> Texts.format(Texts.MEMBERS, language, Map.of("size", municipality.councilSize())));
      facts.put(label(Concept.MUNICIPAL_COUNCIL), council);
      Reports.printLabelled(out, facts);
    }

    private static String citation(Citation citation) {
      return citation.source() + " " + citation.section() + citation.paragraph().map(p -> " " + p).orElse("");
    }

    private void printDistricts(PrintStream out) {
      List<District> districts = municipality.districts();
      out.println(Texts.format(Texts.DISTRICTS, language, Map.of("count", districts.size())));
      // The district's name comes last and is never wrapped, so that each name stays whole on one
      // line (and can be searched for); the hub wraps between words.
      Table table = new Table(
          new Column("#", true, 2),
          new Column(Texts.POPULATION.get(language), true, 12),
          new Column(label(Concept.HUB), false, 26),
          new Column(label(Concept.LOCAL_COORDINATOR), true, 11),
          new Column(Texts.format(Texts.BUDGET_YEAR, language, Map.of("year", budgetYear)), true, 13),
          new Column(label(Concept.DISTRICT), false, Integer.MAX_VALUE));
      for (int i = 0; i < districts.size(); i++) {
        District district = districts.get(i);
        table.add(
            String.valueOf(i + 1),
            Formats.integer(district.population().count(), language),
            district.hub().map(h -> h.name() + " (" + Texts.hubKind(h.kind(), language) + ")").orElse("-"),
            district.coordinator().map(c -> c.positionSharePercent() + " %").orElse("-"),
            district.budget(budgetYear).map(m -> Formats.money(m, language)).orElse("-"),
            district.name());
      }
      table.addTotal("", Formats.integer(districtPopulation, language), "", "",
          Formats.money(budgetTotal, language), Texts.TOTAL.get(language));
      table.print(out);
      List<LocalDate> dates = districts.stream().map(d -> d.population().referenceDate()).distinct().toList();
      if (dates.size() == 1) {
        out.println(Texts.format(Texts.TABLE_NOTE, language, Map.of("date", dates.get(0))));
      }
    }

    private void printBodies(PrintStream out) {
      out.println(Texts.format(Texts.BODIES, language, Map.of("count", bodies.committees().size(),
          "start", bodies.committees().get(0).term().start(), "end", bodies.committees().get(0).term().end())));
      Table table = new Table(
          new Column(Texts.BODY.get(language), false, 34),
          new Column(Texts.KIND.get(language), false, 24),
          new Column(Texts.MEMBERS_COLUMN.get(language), true, 8),
          new Column(Texts.DEPUTIES_COLUMN.get(language), true, 10));
      for (Committee committee : bodies.committees()) {
        table.add(committee.name(), committee.kind().names().get(language), String.valueOf(committee.size()),
            String.valueOf(committee.deputies().size()));
      }
      table.print(out);
      out.println(Texts.BODIES_NOTE.get(language));
    }

    private void printRules(PrintStream out, ValidationReport report) {
      out.println(Texts.format(Texts.RULES_CHECKED_UNDER, language,
          Map.of("date", report.asOf(), "packs", String.join(", ", Reports.packIds(validator)))));
      int width = report.rulesChecked().stream().mapToInt(String::length).max().orElse(0);
      for (Rule<?> rule : validator.rules()) {
        if (report.rulesChecked().contains(rule.id())) {
          out.println("  " + Reports.pad(rule.id(), width) + "  " + rule.title().get(language));
        }
      }
      out.println(Texts.RESULT.get(language) + ": " + Texts.violationCount(report.violations().size(), language)
          + ".");
      for (Violation violation : report.violations()) {
        out.println("  " + violation.ruleId() + ": " + violation.message(language));
      }
    }
  }
}
