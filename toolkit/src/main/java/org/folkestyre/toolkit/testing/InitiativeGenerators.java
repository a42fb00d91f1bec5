package org.folkestyre.toolkit.testing;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.Population;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.toolkit.initiative.AreaLevel;
import org.folkestyre.toolkit.initiative.CitizenInitiative;
import org.folkestyre.toolkit.initiative.InitiativeArea;
import org.folkestyre.toolkit.initiative.InitiativeRegister;
import org.folkestyre.toolkit.initiative.InitiativeRulePacks;
import org.folkestyre.toolkit.initiative.InitiativeScheme;
import org.folkestyre.toolkit.initiative.Signature;
import org.folkestyre.toolkit.initiative.SignatureChannel;
import org.folkestyre.toolkit.initiative.Threshold;

/**
 * Generators of citizen initiatives: valid ones under Norway's statutory scheme and Danish
 * municipalities' own schemes, and ones that break exactly one rule of
 * {@link InitiativeRulePacks}.
 *
 * <p>A generated initiative is addressed to a municipality (or, in Norway, now and then a
 * county) of up to about {@code 1000 × (size + 1)²} inhabitants and opens between 2000 and 2060.
 * It is still collecting, or submitted and decided in time, or submitted and referred to a plan
 * case; so it is valid on any date. Its signatures come through every channel, some are
 * duplicates of persons already counted, and a submitted one has at least the required number of
 * distinct residents, who may be joined by signatures after the collection period, which do not
 * count. A Danish scheme has a threshold of a number of signatures or a share of the inhabitants,
 * a collection window and sometimes a decision deadline. Initiatives and registers of
 * {@link #breaking(String)} and {@link #registerBreaking(String)} differ in one place so that the
 * named rule, and no other rule of their jurisdiction's initiative pack, is broken. The size bounds
 * the population and the number of duplicates.
 */
public final class InitiativeGenerators {
  private static final ImmutableSet<String> INITIATIVE_BREAKABLE = ImmutableSet.of(InitiativeRulePacks.THRESHOLD,
      InitiativeRulePacks.RESIDENTS, InitiativeRulePacks.DEADLINE, InitiativeRulePacks.DK_THRESHOLD,
      InitiativeRulePacks.DK_RESIDENTS, InitiativeRulePacks.DK_DEADLINE);
  private static final ImmutableSet<String> REGISTER_BREAKABLE = ImmutableSet.of(InitiativeRulePacks.NO_REPEAT);

  private static final LocalDate FIRST_OPENING = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST_OPENING = LocalDate.of(2060, 12, 31);
  private static final String[] PROPOSALS = {
    "Bevar Svelvik skole som egen barneskole", "Gang- og sykkelvei langs elva fra Mjøndalen til Åssiden",
    "Flere kveldsbusser til Konnerud", "Gratis inngang til badeplassen ved Gulskogen",
    "Lengre åpningstider på biblioteket på Strømsø", "Lys i turløypa i Skoger", "Nyt medborgerhus i Holbæk Havn",
    "Flere legepladser i lokalområdet", "Bevar grønne områder ved fjorden", "Kunstgress på idrettsplassen i Fjell"
  };

  private InitiativeGenerators() {}

  /**
   * Returns the ids of the rules {@link #breaking(String)} and {@link #registerBreaking(String)} can break.
   *
   * @return the rule ids: every rule of {@link InitiativeRulePacks}
   */
  public static ImmutableSet<String> breakableRules() {
    return ImmutableSet.<String>builder().addAll(INITIATIVE_BREAKABLE).addAll(REGISTER_BREAKABLE).build();
  }

  /**
   * Returns a generator of valid initiatives of a jurisdiction.
   *
   * @param jurisdiction Norway or Denmark
   * @return the generator
   * @throws InvalidValueException if the jurisdiction is neither
   */
  public static Generator<CitizenInitiative> valid(Jurisdiction jurisdiction) {
    requireNordic(jurisdiction);
    return (random, size) -> new Scene(random, size, jurisdiction, Fault.NONE).build();
  }

  /**
   * Returns a generator of valid initiatives, Norwegian and Danish at random.
   *
   * @return the generator
   */
  public static Generator<CitizenInitiative> valid() {
    return (random, size) -> new Scene(random, size,
        random.nextBoolean() ? Jurisdiction.norway() : Jurisdiction.denmark(), Fault.NONE).build();
  }

  /**
   * Returns a generator of initiatives that break exactly the named rule and no other rule of
   * their jurisdiction's initiative pack.
   *
   * @param ruleId a rule checked on a {@link CitizenInitiative}: the threshold, residence or deadline rule
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by an initiative
   */
  public static Generator<CitizenInitiative> breaking(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    switch (ruleId) {
      case InitiativeRulePacks.THRESHOLD:
        return (random, size) -> new Scene(random, size, Jurisdiction.norway(), Fault.THRESHOLD).build();
      case InitiativeRulePacks.RESIDENTS:
        return (random, size) -> new Scene(random, size, Jurisdiction.norway(), Fault.RESIDENTS).build();
      case InitiativeRulePacks.DEADLINE:
        return (random, size) -> new Scene(random, size, Jurisdiction.norway(), Fault.DEADLINE).build();
      case InitiativeRulePacks.DK_THRESHOLD:
        return (random, size) -> new Scene(random, size, Jurisdiction.denmark(), Fault.THRESHOLD).build();
      case InitiativeRulePacks.DK_RESIDENTS:
        return (random, size) -> new Scene(random, size, Jurisdiction.denmark(), Fault.RESIDENTS).build();
      case InitiativeRulePacks.DK_DEADLINE:
        return (random, size) -> new Scene(random, size, Jurisdiction.denmark(), Fault.DEADLINE).build();
      default:
        throw new InvalidValueException("ruleId", ruleId, "cannot be broken by an initiative generator; breakable: "
            + INITIATIVE_BREAKABLE + (REGISTER_BREAKABLE.contains(ruleId) ? " (use registerBreaking)" : ""));
    }
  }

  /**
   * Returns a generator of valid registers of Norwegian initiatives: one council term, up to
   * {@code size / 2 + 2} initiatives with distinct content, each valid.
   *
   * @return the generator
   */
  public static Generator<InitiativeRegister> validRegister() {
    return (random, size) -> register(random, size, false);
  }

  /**
   * Returns a generator of registers that break exactly the named rule: the last initiative
   * submitted repeats an earlier one (the same text with other case, spacing or punctuation, or an
   * explicit link to an earlier initiative or a handled matter).
   *
   * @param ruleId a rule checked on an {@link InitiativeRegister}: {@value InitiativeRulePacks#NO_REPEAT}
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by a register
   */
  public static Generator<InitiativeRegister> registerBreaking(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!REGISTER_BREAKABLE.contains(ruleId)) {
      throw new InvalidValueException("ruleId", ruleId, "cannot be broken by a register generator; breakable: "
          + REGISTER_BREAKABLE);
    }
    return (random, size) -> register(random, size, true);
  }

  private static void requireNordic(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (!jurisdiction.equals(Jurisdiction.norway()) && !jurisdiction.equals(Jurisdiction.denmark())) {
      throw new InvalidValueException("jurisdiction", jurisdiction, "must be NO or DK");
    }
  }

  private static InitiativeRegister register(RandomGenerator random, int size, boolean repeat) {
    LocalDate start = FIRST_OPENING.plusDays(random.nextLong(ChronoUnit.DAYS.between(FIRST_OPENING, LAST_OPENING)));
    Term term = Term.fourYearsFrom(start);
    InitiativeArea area = new Scene(random, size, Jurisdiction.norway(), Fault.NONE).area();
    int count = 1 + random.nextInt(size / 2 + 2);
    List<CitizenInitiative> initiatives = new ArrayList<>();
    List<String> proposals = new ArrayList<>(List.of(PROPOSALS));
    for (int i = 0; i < count; i++) {
      String content = proposals.remove(random.nextInt(proposals.size())) + " (" + (i + 1) + ")";
      Scene scene = new Scene(random, size, Jurisdiction.norway(), Fault.NONE);
      initiatives.add(scene.build(area, "F-" + (i + 1), content, term.start(), term.end().minusMonths(7)));
      if (proposals.isEmpty()) {
        proposals.addAll(List.of(PROPOSALS));
      }
    }
    InitiativeRegister.Builder builder = InitiativeRegister.builder().area(area).term(term)
        .addHandledMatter(start.getYear() + "/" + (100 + random.nextInt(900)));
    if (repeat) {
      List<CitizenInitiative> submitted = initiatives.stream().filter(i -> i.submitted().isPresent()).toList();
      CitizenInitiative earlier = submitted.isEmpty() ? null : submitted.get(random.nextInt(submitted.size()));
      LocalDate latest = initiatives.stream().flatMap(i -> i.submitted().stream()).max(LocalDate::compareTo)
          .orElse(term.start());
      Scene scene = new Scene(random, size, Jurisdiction.norway(), Fault.NONE);
      CitizenInitiative repeated = scene.submittedIn(area, "F-" + (count + 1), "Nytt forslag", latest,
          term.end().minusDays(1));
      int way = earlier == null ? 2 : random.nextInt(3);
      if (way == 0) {
        repeated = CitizenInitiative.builder().from(repeated).content(reworded(random, earlier.content())).build();
      } else if (way == 1) {
        repeated = CitizenInitiative.builder().from(repeated).sameContentAs(earlier.id()).build();
      } else {
        String matter = term.start().getYear() + "/" + (1000 + random.nextInt(9000));
        builder.addHandledMatter(matter);
        repeated = CitizenInitiative.builder().from(repeated).sameContentAs(matter).build();
      }
      initiatives.add(repeated);
    }
    return builder.initiatives(initiatives).build();
  }

  /** The same text with other case, spacing and punctuation: the same content key. */
  private static String reworded(RandomGenerator random, String text) {
    String spaced = text.replace(" ", random.nextBoolean() ? "  " : " - ");
    String cased = random.nextBoolean() ? spaced.toUpperCase(Locale.ROOT) : spaced.toLowerCase(Locale.ROOT);
    return cased + (random.nextBoolean() ? "!" : ".");
  }

  /** What a scene breaks. */
  private enum Fault {
    NONE, THRESHOLD, RESIDENTS, DEADLINE
  }

  /** One generated initiative, built step by step from one random source. */
  private static final class Scene {
    private final RandomGenerator random;
    private final int size;
    private final Jurisdiction jurisdiction;
    private final Fault fault;

    Scene(RandomGenerator random, int size, Jurisdiction jurisdiction, Fault fault) {
      this.random = random;
      this.size = size;
      this.jurisdiction = jurisdiction;
      this.fault = fault;
    }

    CitizenInitiative build() {
      LocalDate opened = FIRST_OPENING.plusDays(random.nextLong(ChronoUnit.DAYS.between(FIRST_OPENING, LAST_OPENING)
          + 1));
      return build(area(), "F-" + (1 + random.nextInt(999)), PROPOSALS[random.nextInt(PROPOSALS.length)], opened,
          opened.plusYears(1));
    }

    InitiativeArea area() {
      long population = random.nextLong(1000L * (size + 1) * (size + 1) + 1);
      if (jurisdiction.equals(Jurisdiction.denmark())) {
        MunicipalityCode code = MunicipalityCode.of(jurisdiction, Integer.toString(101 + random.nextInt(760)));
        return InitiativeArea.municipality(code, "Kommune " + code, Population.of(population, FIRST_OPENING));
      }
      if (random.nextInt(5) == 0) {
        String county = String.format(Locale.ROOT, "%02d", 11 + random.nextInt(45));
        return InitiativeArea.norwegianCounty(county, "Fylke " + county, Population.of(population, FIRST_OPENING));
      }
      MunicipalityCode code = MunicipalityCode.of(jurisdiction, String.format(Locale.ROOT, "%04d",
          1101 + random.nextInt(4500)));
      return InitiativeArea.municipality(code, "Kommune " + code, Population.of(population, FIRST_OPENING));
    }

    private InitiativeScheme scheme(InitiativeArea area) {
      if (jurisdiction.equals(Jurisdiction.norway())) {
        return InitiativeScheme.norwegian(area);
      }
      Threshold threshold = random.nextBoolean() ? Threshold.signatures(1 + random.nextInt(20 + 10 * size))
          : Threshold.shareOfInhabitants(1 + random.nextInt(5), 100).withCap(1 + random.nextInt(300));
      InitiativeScheme.Builder scheme = InitiativeScheme.builder().from(InitiativeScheme.danishMunicipal(
          "Borgerforslag i " + area.name(), Citation.localPolicy(area.name(), "ordning for borgerforslag"),
          threshold, 30 + random.nextInt(336)));
      if (fault == Fault.DEADLINE || random.nextBoolean()) {
        scheme.decisionPeriod(random.nextBoolean() ? Period.ofMonths(1 + random.nextInt(6))
            : Period.ofDays(14 + random.nextInt(90)));
      }
      return scheme.build();
    }

    /** An initiative opened on or after a day, submitted (if at all) before another. */
    CitizenInitiative build(InitiativeArea area, String id, String content, LocalDate earliest, LocalDate latest) {
      LocalDate opened = earliest.plusDays(random.nextLong(Math.max(1, ChronoUnit.DAYS.between(earliest, latest))));
      InitiativeScheme scheme = scheme(area);
      int state = fault == Fault.NONE || fault == Fault.RESIDENTS ? random.nextInt(3) : 1;
      Optional<LocalDate> submitted = Optional.empty();
      if (state > 0) {
        long room = Math.max(0, ChronoUnit.DAYS.between(opened, latest));
        submitted = Optional.of(opened.plusDays(random.nextLong(Math.min(room, 365) + 1)));
      }
      return assemble(area, scheme, id, content, opened, submitted, state == 2);
    }

    /** A submitted initiative, decided in time, opened and submitted between two days. */
    CitizenInitiative submittedIn(InitiativeArea area, String id, String content, LocalDate from, LocalDate to) {
      long room = Math.max(0, ChronoUnit.DAYS.between(from, to));
      LocalDate submitted = from.plusDays(random.nextLong(room + 1));
      LocalDate opened = submitted.minusDays(random.nextLong(Math.min(90, ChronoUnit.DAYS.between(from, submitted)) + 1));
      return assemble(area, scheme(area), id, content, opened, Optional.of(submitted), false);
    }

    private CitizenInitiative assemble(InitiativeArea area, InitiativeScheme scheme, String id, String content,
        LocalDate opened, Optional<LocalDate> submitted, boolean referred) {
      CitizenInitiative.Builder builder = CitizenInitiative.builder().id(id).title(content).content(content)
          .proposer("proposer-" + Long.toHexString(random.nextLong())).area(area).scheme(scheme).opened(opened)
          .submitted(submitted);
      if (submitted.isPresent()) {
        if (referred && fault == Fault.NONE) {
          builder.referredToPlanCase(true);
        } else {
          LocalDate deadline = scheme.decisionDeadline(submitted.get()).orElse(submitted.get().plusMonths(6));
          long days = ChronoUnit.DAYS.between(submitted.get(), deadline);
          builder.decided(fault == Fault.DEADLINE ? deadline.plusDays(1 + random.nextInt(60))
              : submitted.get().plusDays(random.nextLong(days + 1)));
        }
      }
      CitizenInitiative draft = builder.build();
      LocalDate last = draft.lastCollectionDay().orElse(opened.plusDays(90));
      if (submitted.isPresent() && submitted.get().isBefore(last)) {
        last = submitted.get();
      }
      long required = draft.requiredSignatures();
      long persons = submitted.isEmpty() ? random.nextLong(required + size + 1)
          : fault == Fault.THRESHOLD ? required - 1 : required + random.nextInt(size + 1);
      List<Signature> signatures = new ArrayList<>();
      for (long p = 0; p < persons; p++) {
        signatures.add(Signature.of("person-" + p + "-" + Integer.toHexString(random.nextInt()), resident(area),
            dayBetween(opened, last), channel()));
      }
      int duplicates = persons == 0 ? 0 : random.nextInt(size / 3 + 1);
      for (int d = 0; d < duplicates; d++) {
        Signature again = signatures.get(random.nextInt((int) persons));
        signatures.add(Signature.of(again.personKey(), again.residence(), dayBetween(opened, last), channel()));
      }
      if (submitted.isPresent() && (fault == Fault.THRESHOLD || random.nextBoolean())) {
        // Late signatures: recorded, but outside the collection period, so they do not count.
        LocalDate after = submitted.get().isAfter(last) ? submitted.get() : last;
        signatures.add(Signature.of("late-" + Integer.toHexString(random.nextInt()), resident(area),
            after.plusDays(1 + random.nextInt(30)), channel()));
      }
      if (fault == Fault.RESIDENTS) {
        signatures.add(random.nextInt(signatures.size() + 1), Signature.of("visitor-"
            + Integer.toHexString(random.nextInt()), nonResident(area), dayBetween(opened, last), channel()));
      }
      return CitizenInitiative.builder().from(draft).signatures(signatures).build();
    }

    private LocalDate dayBetween(LocalDate from, LocalDate to) {
      return from.plusDays(random.nextLong(Math.max(0, ChronoUnit.DAYS.between(from, to)) + 1));
    }

    private SignatureChannel channel() {
      SignatureChannel[] channels = SignatureChannel.values();
      return channels[random.nextInt(channels.length)];
    }

    private MunicipalityCode resident(InitiativeArea area) {
      if (area.level() == AreaLevel.COUNTY) {
        return MunicipalityCode.of(jurisdiction, area.code() + String.format(Locale.ROOT, "%02d", 1 + random.nextInt(99)));
      }
      return MunicipalityCode.of(jurisdiction, area.code());
    }

    private MunicipalityCode nonResident(InitiativeArea area) {
      int digits = jurisdiction.municipalityCodeDigits();
      while (true) {
        String code = String.format(Locale.ROOT, "%0" + digits + "d", 101 + random.nextInt(digits == 3 ? 859 : 5400));
        MunicipalityCode candidate = MunicipalityCode.of(jurisdiction, code);
        if (!area.includes(candidate)) {
          return candidate;
        }
      }
    }
  }
}
