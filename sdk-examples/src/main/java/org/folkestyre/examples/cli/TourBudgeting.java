package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.audit.AuditLog;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.testing.ReferenceData;
import org.folkestyre.toolkit.budgeting.Amount;
import org.folkestyre.toolkit.budgeting.BallotBox;
import org.folkestyre.toolkit.budgeting.BallotConstraints;
import org.folkestyre.toolkit.budgeting.BallotReceipt;
import org.folkestyre.toolkit.budgeting.BallotRejection;
import org.folkestyre.toolkit.budgeting.BallotSubmission;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.BudgetingOutcome;
import org.folkestyre.toolkit.budgeting.BudgetingRule;
import org.folkestyre.toolkit.budgeting.Eligibility;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.budgeting.RejectedBallot;
import org.folkestyre.toolkit.budgeting.ResultsReport;
import org.folkestyre.toolkit.budgeting.VotingWindow;
import org.folkestyre.toolkit.identity.AssuranceLevel;
import org.folkestyre.toolkit.identity.IdentityScheme;
import org.folkestyre.toolkit.identity.VerifiedIdentity;

/**
 * The tour's step on participatory budgeting: a small participatory budget in two Drammen
 * districts of 2020, each with the district's participation budget. Verified residents cast
 * ballots through a {@link BallotBox}; one ballot per district is rejected; the Method of Equal
 * Shares selects the projects, greedy is shown beside it, and the results report follows. The
 * projects and the ballots are invented. Self-contained, so that the tour can call it as one step.
 */
final class TourBudgeting {
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  /** When the ballots are cast: within the voting window of 4 to 18 May 2020. */
  private static final ZonedDateTime CAST = ZonedDateTime.of(2020, 5, 11, 12, 0, 0, 0, OSLO);
  private static final VotingWindow WINDOW = VotingWindow.of(ZonedDateTime.of(2020, 5, 4, 9, 0, 0, 0, OSLO),
      ZonedDateTime.of(2020, 5, 18, 12, 0, 0, 0, OSLO));

  private static final LocalizedText HEADING = LocalizedText.of(
      "Borgerbudsjett: to av Drammens kommunedeler, {first} og {second}, hver med kommunedelens"
          + " medvirkningsbudsjett for 2020, {budget} kroner. Prosjektene, velgerne og stemmesedlene er oppdiktede"
          + " eksempler. Innbyggere i kommunedelen stemmer med verifisert identitet (ID-porten) i en stemmeurne;"
          + " prosjektene velges med metoden med like andeler (mes), med grådig utvelgelse (greedy) ved siden av.",
      "Innbyggjarbudsjett: to av kommunedelane i Drammen, {first} og {second}, kvar med"
          + " medverknadsbudsjettet til kommunedelen for 2020, {budget} kroner. Prosjekta, veljarane og"
          + " røystesetlane er oppdikta døme. Innbyggjarar i kommunedelen røystar med verifisert identitet"
          + " (ID-porten) i ei røysteurne; prosjekta blir valde med metoden med like delar (mes), med grådig utveljing"
          + " (greedy) ved sida av.",
      "Borgerbudget: to af Drammens lokalområder (kommunedeler), {first} og {second}, hver med lokalområdets"
          + " budget for borgerinddragelse i 2020, {budget} norske kroner. Projekterne, vælgerne og stemmesedlerne"
          + " er opdigtede eksempler. Borgere i lokalområdet stemmer med verificeret identitet (ID-porten) i en"
          + " stemmeboks; projekterne vælges med metoden med lige andele (mes), med grådig udvælgelse (greedy) ved"
          + " siden af.",
      "Participatory budget: two Drammen districts, {first} and {second}, each with the district's"
          + " participation budget for 2020, NOK {budget}. The projects, the voters and their ballots are invented"
          + " examples. Residents of the district vote with a verified identity (ID-porten) through a ballot box; the"
          + " projects are selected by the Method of Equal Shares (mes), with greedy beside it.");
  private static final LocalizedText BALLOTS = LocalizedText.of(
      "{district}: {accepted} stemmesedler godtatt, {rejected} avvist",
      "{district}: {accepted} røystesetlar godtekne, {rejected} avvist",
      "{district}: {accepted} stemmesedler godkendt, {rejected} afvist",
      "{district}: {accepted} ballots accepted, {rejected} rejected");
  private static final LocalizedText REJECTED = LocalizedText.of(
      "Avvist: stemmeseddel {number} ({why}): {code} – {message}",
      "Avvist: røystesetel {number} ({why}): {code} – {message}",
      "Afvist: stemmeseddel {number} ({why}): {code} – {message}",
      "Rejected: ballot {number} ({why}): {code} – {message}");
  private static final LocalizedText SELECTS = LocalizedText.of(
      "{rule} velger {projects}, til sammen {cost} kroner",
      "{rule} vel {projects}, til saman {cost} kroner",
      "{rule} vælger {projects}, i alt {cost} norske kroner",
      "{rule} selects {projects}, NOK {cost} together");

  private TourBudgeting() {}

  /**
   * One district's vote, all invented: its projects, its voters' ballots, and either a resident of
   * another district who tries to vote or, when there is none, a second ballot from the first voter.
   */
  private record Vote(District district, List<Project> projects, List<List<String>> ballots,
      Optional<VerifiedIdentity> intruder, LocalizedText why) {}

  /**
   * Prints the step.
   *
   * @param out where to print
   * @param language the language
   */
  static void print(PrintStream out, Language language) {
    Municipality drammen = ReferenceData.drammen2020();
    MunicipalityCode code = drammen.codeOn(CAST.toLocalDate()).orElseThrow();
    District konnerud = district(drammen, "Konnerud og Skoger vest");
    District bragernes = district(drammen, "Bragernes og Øren");
    long budget = konnerud.budget(Year.of(2020)).orElseThrow().toMajor().longValueExact();
    out.println(Texts.format(HEADING, language, Map.of("first", konnerud.name(), "second", bragernes.name(),
        "budget", Formats.integer(budget, language))));
    List<Vote> votes = List.of(
        new Vote(konnerud, List.of(
            project("K1", 12_000, "Benker i lysløypa", konnerud),
            project("K2", 30_000, "Gapahuk ved Landfalltjern", konnerud),
            project("K3", 18_000, "Lys i ballbingen", konnerud),
            project("K4", 20_000, "Hundepark på Knive", konnerud)),
            List.of(List.of("K2", "K4"), List.of("K2", "K4"), List.of("K2", "K4"), List.of("K2", "K4"),
                List.of("K2"), List.of("K3", "K1"), List.of("K3", "K1"), List.of("K3")),
            Optional.empty(), LocalizedText.of("andre stemmeseddel fra velger 1", "andre røystesetel frå veljar 1",
                "anden stemmeseddel fra vælger 1", "a second ballot from voter 1")),
        new Vote(bragernes, List.of(
            project("B1", 15_000, "Benker langs Drammenselva", bragernes),
            project("B2", 35_000, "Bytrær i Øvre Storgate", bragernes),
            project("B3", 28_000, "Lekeplass på Øren", bragernes),
            project("B4", 8_000, "Sykkelparkering ved Bragernes torg", bragernes)),
            List.of(List.of("B3", "B4"), List.of("B3", "B1"), List.of("B3", "B4"), List.of("B3"), List.of("B1", "B4"),
                List.of("B2", "B1"), List.of("B2", "B4"), List.of("B3", "B1")),
            Optional.of(identity("hmac:kon-01", code, konnerud, 34)),
            LocalizedText.of("en velger fra {other}", "ein veljar frå {other}", "en vælger fra {other}",
                "a voter from {other}")));
    for (Vote vote : votes) {
      out.println();
      printVote(vote, code, language, out);
    }
  }

  private static void printVote(Vote vote, MunicipalityCode code, Language language, PrintStream out) {
    String name = vote.district().name();
    long budget = vote.district().budget(Year.of(2020)).orElseThrow().toMajor().longValueExact();
    String letter = vote.projects().get(0).id().substring(0, 1).toLowerCase(Locale.ROOT);
    BudgetingElection election = BudgetingElection.builder()
        .budget(Amount.of(budget))
        .ballotType(BallotType.APPROVAL)
        .constraints(BallotConstraints.builder().minProjects(1).maxTotalCost(Amount.of(budget)).build())
        .addAllProjects(vote.projects())
        .putMetadata("description", "Invented example: " + name)
        .build();
    Eligibility eligibility = Eligibility.builder().municipality(code).addDistrict(name).minimumAge(16)
        .minimumAssurance(AssuranceLevel.SUBSTANTIAL).build();
    Clock clock = Clock.fixed(CAST.toInstant(), OSLO);
    BallotBox box = BallotBox.open("pb-" + letter + "-2020", election, eligibility, WINDOW, clock, AuditLog.create(clock));
    String prefix = "hmac:" + letter + "-";
    for (int i = 0; i < vote.ballots().size(); i++) {
      VerifiedIdentity voter = identity(prefix + String.format("%02d", i + 1), code, vote.district(), 20 + 7 * i);
      box.cast(voter, BallotSubmission.of(vote.ballots().get(i)));
      if (i == 0 && vote.intruder().isEmpty()) {
        // The first voter tries again with another ballot.
        box.cast(voter, BallotSubmission.of(List.of("K1")));
      }
    }
    String why = vote.why().get(language);
    if (vote.intruder().isPresent()) {
      VerifiedIdentity intruder = vote.intruder().get();
      box.cast(intruder, BallotSubmission.of(List.of(vote.projects().get(0).id())));
      why = Texts.format(vote.why(), language, Map.of("other", intruder.district().orElseThrow()));
    }
    out.println(Texts.format(BALLOTS, language, Map.of("district", name,
        "accepted", box.acceptedBallots().size(), "rejected", box.rejectedBallots().size())));
    for (RejectedBallot ballot : box.rejectedBallots()) {
      BallotReceipt receipt = ballot.receipt();
      for (BallotRejection rejection : receipt.rejections()) {
        out.println("  " + Texts.format(REJECTED, language, Map.of("number", receipt.number(), "why", why,
            "code", rejection.code().name(), "message", rejection.message(language))));
      }
    }
    BudgetingElection cast = box.election();
    BudgetingOutcome mes = BudgetingRule.MES.apply(cast);
    BudgetingOutcome greedy = BudgetingRule.GREEDY.apply(cast);
    for (BudgetingOutcome outcome : List.of(mes, greedy)) {
      out.println("  " + Texts.format(SELECTS, language, Map.of("rule", outcome == mes ? "mes" : "greedy",
          "projects", String.join(", ", outcome.selectedIds()),
          "cost", Formats.integer(outcome.totalCost().toBigDecimal().longValueExact(), language))));
    }
    out.println();
    PbReports.print(ResultsReport.of(cast, Set.copyOf(mes.selectedIds())), false, language, out);
  }

  private static Project project(String id, long cost, String name, District district) {
    return Project.builder().id(id).cost(Amount.of(cost)).name(name).district(district.name()).build();
  }

  private static VerifiedIdentity identity(String key, MunicipalityCode code, District district, int age) {
    return VerifiedIdentity.builder().personKey(key).scheme(IdentityScheme.ID_PORTEN)
        .assuranceLevel(AssuranceLevel.HIGH).municipality(code).district(district.name()).age(age).build();
  }

  private static District district(Municipality municipality, String name) {
    return municipality.districts().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
  }
}
