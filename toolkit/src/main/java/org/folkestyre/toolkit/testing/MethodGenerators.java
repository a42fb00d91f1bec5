package org.folkestyre.toolkit.testing;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.toolkit.method.AccessBarrier;
import org.folkestyre.toolkit.method.AccessSupport;
import org.folkestyre.toolkit.method.Accessibility;
import org.folkestyre.toolkit.method.Arena;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.DecisionMethod;
import org.folkestyre.toolkit.method.DecisionPower;
import org.folkestyre.toolkit.method.DeliberationType;
import org.folkestyre.toolkit.method.Dependency;
import org.folkestyre.toolkit.method.DigitalDependency;
import org.folkestyre.toolkit.method.Facilitation;
import org.folkestyre.toolkit.method.GroupSize;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Iap2Range;
import org.folkestyre.toolkit.method.Initiator;
import org.folkestyre.toolkit.method.InteractionType;
import org.folkestyre.toolkit.method.LearningResource;
import org.folkestyre.toolkit.method.LegalReference;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.MethodOutput;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.MethodType;
import org.folkestyre.toolkit.method.MethodValidation;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.NorwegianInfluenceLevel;
import org.folkestyre.toolkit.method.Openness;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.PlanningPhase;
import org.folkestyre.toolkit.method.Provenance;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.Recruitment;
import org.folkestyre.toolkit.method.Recurrence;
import org.folkestyre.toolkit.method.Scope;
import org.folkestyre.toolkit.method.Selection;
import org.folkestyre.toolkit.method.SourceKind;
import org.folkestyre.toolkit.method.SourceReference;
import org.folkestyre.toolkit.method.Span;
import org.folkestyre.toolkit.method.TargetGroup;
import org.folkestyre.toolkit.method.YouthSuitability;

/**
 * Generators of participation methods — medvirkningsmetoder — for property-based tests.
 *
 * <p>{@link #valid()} produces methods that break no rule of {@link MethodValidation}, with every
 * field of the schema exercised: built-in, vendor and municipal methods, optional fields present or
 * not, texts in four languages. {@link #breaking(String)} produces methods that break exactly the
 * named rule. The size bounds the length of lists and texts; size 0 gives small methods.
 */
public final class MethodGenerators {
  private static final ImmutableSet<String> BREAKABLE = ImmutableSet.of(MethodValidation.COMPLETE,
      MethodValidation.RECOMMENDED_FIELDS, MethodValidation.RANDOM_RECRUITMENT, MethodValidation.COLLABORATION_POWER,
      MethodValidation.BINDING_LEGAL_BASIS, MethodValidation.DIGITAL_WCAG, MethodValidation.OFFLINE_ALTERNATIVE,
      MethodValidation.DELIBERATION_RANDOM, MethodValidation.DELIBERATION_FULL_DAY,
      MethodValidation.DELIBERATION_LEARNING);

  private static final String[] NB = {"møte", "innbyggere", "dialog", "plan", "nabolag", "forslag", "ungdom", "kart",
      "budsjett", "samtale", "høring", "verksted"};
  private static final String[] DA = {"møde", "borgere", "dialog", "plan", "nabolag", "forslag", "unge", "kort",
      "budget", "samtale", "høring", "værksted"};
  private static final String[] EN = {"meeting", "residents", "dialogue", "plan", "neighbourhood", "proposal",
      "youth", "map", "budget", "conversation", "hearing", "workshop"};
  /** Enough words to test long summaries, few enough to stay within 280 characters. */
  private static final int MAX_SUMMARY_WORDS = 18;
  private static final String[] ID_WORDS = {"walk", "table", "panel", "map", "forum", "circle", "budget", "talk"};

  private MethodGenerators() {}

  /**
   * Returns the ids of the rules {@link #breaking(String)} can break.
   *
   * @return every rule of {@link MethodValidation#pack()}
   */
  public static ImmutableSet<String> breakableRules() {
    return BREAKABLE;
  }

  /**
   * Returns a generator of methods that break no method rule.
   *
   * @return the generator
   */
  public static Generator<ParticipationMethod> valid() {
    return (random, size) -> new Draft(random, size).build();
  }

  /**
   * Returns a generator of methods that break exactly the named rule of {@link MethodValidation}
   * and no other.
   *
   * @param ruleId the rule to break, one of {@link #breakableRules()}
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by this generator
   */
  public static Generator<ParticipationMethod> breaking(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!BREAKABLE.contains(ruleId)) {
      throw new InvalidValueException("ruleId", ruleId,
          "cannot be broken by the method generator; breakable: " + BREAKABLE);
    }
    return (random, size) -> {
      Draft draft = new Draft(random, size);
      draft.breakRule(ruleId);
      return draft.build();
    };
  }

  private static <E extends Enum<E>> E one(RandomGenerator random, Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  private static <E extends Enum<E>> List<E> some(RandomGenerator random, Class<E> type, int min, int max) {
    E[] values = type.getEnumConstants();
    int count = min + random.nextInt(Math.min(max, values.length) - min + 1);
    Set<E> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(values[random.nextInt(values.length)]);
    }
    return new ArrayList<>(chosen);
  }

  /** A method under construction: valid until a rule is broken on purpose. */
  private static final class Draft {
    private final RandomGenerator random;
    private final int size;
    private final Provenance provenance;
    private final String id;
    private Iap2Level level;
    private DecisionPower power;
    private Mode mode;
    private final List<MethodType> types;
    private Optional<Selection> selection;
    private List<Recruitment> recruitment;
    private Optional<Span> contactMinutes;
    private List<LearningResource> learning;
    private final List<LegalReference> legal = new ArrayList<>();
    private Optional<String> legalNote = Optional.empty();
    private final Set<AccessSupport> supports;
    private DigitalDependency digital;
    private Optional<String> offline = Optional.empty();
    private boolean accessibility = true;
    private Optional<Openness> openness;
    private Optional<Facilitation> facilitation;
    private List<Scope> scopes;
    private List<PlanningPhase> phases;
    private List<MethodOutput> outputs;
    private List<InteractionType> interactions;
    private List<DecisionMethod> decisions;
    private boolean sources = true;

    Draft(RandomGenerator random, int size) {
      this.random = random;
      this.size = size;
      this.provenance = one(random, Provenance.class);
      String local = ID_WORDS[random.nextInt(ID_WORDS.length)] + "-" + random.nextInt(1000);
      this.id = provenance == Provenance.BUILT_IN ? local : "vendor.example" + random.nextInt(10) + ":" + local;
      this.level = one(random, Iap2Level.class);
      this.power = level.compareTo(Iap2Level.COLLABORATE) >= 0
          ? List.of(DecisionPower.ADVISORY, DecisionPower.AGENDA_SETTING, DecisionPower.CO_DECISION,
              DecisionPower.BINDING).get(random.nextInt(4))
          : one(random, DecisionPower.class);
      this.mode = one(random, Mode.class);
      this.types = some(random, MethodType.class, 1, 3);
      boolean deliberative = types.contains(MethodType.DELIBERATIVE);
      this.selection = Optional.of(deliberative ? Selection.RANDOM : one(random, Selection.class));
      if (selection.get() == Selection.RANDOM) {
        this.recruitment = new ArrayList<>(List.of(random.nextBoolean() ? Recruitment.STRATIFIED : Recruitment.RANDOM));
      } else {
        this.recruitment = some(random, Recruitment.class, 1, 2);
      }
      int low = deliberative ? 360 + random.nextInt(1 + 60 * size) : 1 + random.nextInt(1 + 60 * (size + 1));
      this.contactMinutes = deliberative || random.nextBoolean()
          ? Optional.of(Span.of(low, low + random.nextInt(1 + 120 * size))) : Optional.empty();
      this.learning = deliberative ? some(random, LearningResource.class, 1, 1 + size)
          : some(random, LearningResource.class, 0, size);
      if (power == DecisionPower.BINDING || random.nextInt(4) == 0) {
        if (random.nextBoolean()) {
          legal.add(random.nextBoolean() ? LegalReference.of("NO", "kommuneloven", "§ 12-" + (1 + random.nextInt(2)))
              : LegalReference.builder().jurisdiction("DK").act("kommunestyrelsesloven")
                  .note("generated " + words(EN, 3)).build());
        } else {
          legalNote = Optional.of("Binding within " + words(EN, 1 + size));
        }
      }
      this.supports = EnumSet.copyOf(some(random, AccessSupport.class, 1, 1 + size));
      if (mode != Mode.IN_PERSON) {
        supports.add(AccessSupport.WCAG_2_1_AA);
      }
      this.digital = mode == Mode.DIGITAL ? DigitalDependency.REQUIRED : one(random, DigitalDependency.class);
      if (mode == Mode.DIGITAL || digital == DigitalDependency.REQUIRED || random.nextBoolean()) {
        offline = Optional.of("Offline: " + words(EN, 2 + size));
        supports.add(AccessSupport.OFFLINE_ALTERNATIVE);
      }
      this.openness = Optional.of(one(random, Openness.class));
      this.facilitation = Optional.of(one(random, Facilitation.class));
      this.scopes = some(random, Scope.class, 1, 1 + size);
      this.phases = some(random, PlanningPhase.class, 1, 1 + size);
      this.outputs = some(random, MethodOutput.class, 1, 1 + size);
      this.interactions = some(random, InteractionType.class, 1, 3);
      this.decisions = some(random, DecisionMethod.class, 1, 3);
    }

    void breakRule(String ruleId) {
      switch (ruleId) {
        case MethodValidation.COMPLETE -> {
          switch (random.nextInt(7)) {
            case 0 -> openness = Optional.empty();
            case 1 -> selection = Optional.empty();
            case 2 -> facilitation = Optional.empty();
            case 3 -> scopes = List.of();
            case 4 -> phases = List.of();
            case 5 -> outputs = List.of();
            default -> accessibility = false;
          }
        }
        case MethodValidation.RECOMMENDED_FIELDS -> {
          switch (random.nextInt(4)) {
            case 0 -> types.clear();
            case 1 -> interactions = List.of();
            case 2 -> decisions = List.of();
            default -> sources = false;
          }
        }
        case MethodValidation.RANDOM_RECRUITMENT -> {
          selection = Optional.of(Selection.RANDOM);
          recruitment = new ArrayList<>(List.of(random.nextBoolean() ? Recruitment.INVITATION : Recruitment.ELECTION));
        }
        case MethodValidation.COLLABORATION_POWER -> {
          level = random.nextBoolean() ? Iap2Level.COLLABORATE : Iap2Level.EMPOWER;
          power = DecisionPower.NONE;
        }
        case MethodValidation.BINDING_LEGAL_BASIS -> {
          power = DecisionPower.BINDING;
          legal.clear();
          legalNote = Optional.empty();
        }
        case MethodValidation.DIGITAL_WCAG -> {
          mode = random.nextBoolean() ? Mode.DIGITAL : Mode.HYBRID;
          supports.remove(AccessSupport.WCAG_2_1_AA);
          supports.add(AccessSupport.OFFLINE_ALTERNATIVE);
          offline = Optional.of("Paper forms at the library.");
        }
        case MethodValidation.OFFLINE_ALTERNATIVE -> {
          mode = Mode.DIGITAL;
          supports.add(AccessSupport.WCAG_2_1_AA);
          supports.remove(AccessSupport.OFFLINE_ALTERNATIVE);
          offline = Optional.empty();
        }
        case MethodValidation.DELIBERATION_RANDOM -> {
          deliberative();
          selection = Optional.of(random.nextBoolean() ? Selection.OPEN : Selection.TARGETED);
        }
        case MethodValidation.DELIBERATION_FULL_DAY -> {
          deliberative();
          contactMinutes = random.nextBoolean() ? Optional.empty()
              : Optional.of(Span.of(30, 30 + random.nextInt(MethodDuration.FULL_DAY_MINUTES - 30)));
        }
        case MethodValidation.DELIBERATION_LEARNING -> {
          deliberative();
          learning = List.of();
        }
        default -> throw new IllegalStateException(ruleId);
      }
    }

    /** Makes the draft a valid random-selection deliberative method. */
    private void deliberative() {
      if (!types.contains(MethodType.DELIBERATIVE)) {
        types.set(0, MethodType.DELIBERATIVE);
      }
      selection = Optional.of(Selection.RANDOM);
      recruitment = new ArrayList<>(List.of(Recruitment.STRATIFIED));
      contactMinutes = Optional.of(Span.of(MethodDuration.FULL_DAY_MINUTES, 2 * MethodDuration.FULL_DAY_MINUTES));
      learning = List.of(LearningResource.EXPERT_PRESENTATIONS);
    }

    private String words(String[] pool, int count) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          text.append(' ');
        }
        text.append(pool[random.nextInt(pool.length)]);
      }
      return text.toString();
    }

    private LocalizedText text(int count) {
      String nb = words(NB, count);
      String nn = random.nextBoolean() ? nb : words(NB, count);
      return LocalizedText.of(nb, nn, words(DA, count), words(EN, count));
    }

    ParticipationMethod build() {
      ParticipationMethod.Builder builder = ParticipationMethod.builder()
          .id(id)
          .version((1 + random.nextInt(3)) + "." + random.nextInt(10) + "." + random.nextInt(10))
          .names(text(1 + random.nextInt(2 + size)))
          .summary(text(Math.min(3 + random.nextInt(3 + 3 * size), MAX_SUMMARY_WORDS)))
          .addAllPurposes(some(random, Purpose.class, 1, 3))
          .iap2Level(level)
          .addAllArenas(some(random, Arena.class, 1, 3))
          .decisionPower(power)
          .mode(mode)
          .groupSize(random.nextBoolean() ? GroupSize.between(1 + size, 10 + 20 * size)
              : GroupSize.atLeast(1 + random.nextInt(50)))
          .addAllTargetGroups(some(random, TargetGroup.class, 1, 1 + size))
          .costClass(one(random, CostClass.class))
          .provenance(provenance)
          .status(one(random, MethodStatus.class))
          .addAllMethodTypes(types)
          .addAllInitiators(some(random, Initiator.class, 0, 2))
          .addAllLegalReferences(legal)
          .legalStatusNote(legalNote)
          .openness(openness)
          .selection(selection)
          .addAllRecruitment(recruitment)
          .addAllInteractionTypes(interactions)
          .addAllDecisionMethods(decisions)
          .facilitation(facilitation)
          .addAllLearningResources(learning)
          .addAllScopes(scopes)
          .addAllPlanningPhases(phases)
          .addAllOutputs(outputs);
      if (random.nextBoolean()) {
        Iap2Level min = Iap2Level.values()[random.nextInt(level.ordinal() + 1)];
        Iap2Level max = Iap2Level.values()[level.ordinal() + random.nextInt(Iap2Level.values().length - level.ordinal())];
        builder.iap2Range(Iap2Range.between(min, max));
      }
      if (random.nextBoolean()) {
        NorwegianInfluenceLevel.from(level).ifPresent(builder::norwegianInfluenceLevel);
      }
      if (random.nextBoolean()) {
        builder.deliberationType(one(random, DeliberationType.class));
      }
      for (int i = random.nextInt(1 + size); i > 0; i--) {
        builder.putAlternativeNames(one(random, Language.class), words(EN, 1 + random.nextInt(3)));
      }
      if (random.nextBoolean()) {
        int min = random.nextInt(20);
        builder.minimumAge(min);
        if (random.nextBoolean()) {
          builder.maximumAge(min + random.nextInt(80));
        }
      }
      MethodDuration.Builder duration = MethodDuration.builder().recurrence(one(random, Recurrence.class))
          .description(words(EN, 1 + size)).contactMinutes(contactMinutes);
      if (random.nextBoolean()) {
        int sessions = 1 + random.nextInt(1 + size);
        duration.sessions(Span.of(sessions, sessions + random.nextInt(3)));
      }
      if (random.nextBoolean()) {
        int days = 1 + random.nextInt(1 + 30 * size);
        duration.calendarDays(Span.of(days, days + random.nextInt(60)));
      }
      builder.duration(duration.build());
      if (random.nextBoolean()) {
        int days = random.nextInt(5 + 10 * size);
        builder.staffDays(Span.of(days, days + random.nextInt(20)));
      }
      if (accessibility) {
        builder.accessibility(Accessibility.builder()
            .addAllBarriers(some(random, AccessBarrier.class, 0, 1 + size))
            .addAllSupports(supports)
            .languageDependency(one(random, Dependency.class))
            .digitalDependency(digital)
            .youthSuitability(one(random, YouthSuitability.class))
            .offlineAlternative(offline)
            .build());
      }
      if (random.nextBoolean()) {
        builder.accessibilityNotes("Notes: " + words(EN, 1 + size));
      }
      if (sources) {
        int count = 1 + random.nextInt(1 + size);
        for (int i = 0; i < count; i++) {
          String publisher = words(EN, 1);
          String title = words(EN, 1 + random.nextInt(3));
          builder.addSources(publisher + ": " + title);
          SourceReference.Builder source = SourceReference.builder().publisher(publisher).title(title)
              .kind(one(random, SourceKind.class));
          if (random.nextBoolean()) {
            source.year(1990 + random.nextInt(40));
          }
          if (random.nextBoolean()) {
            source.url("https://example.org/" + random.nextInt(1000));
          }
          builder.addReferences(source.build());
        }
      }
      if (random.nextBoolean()) {
        builder.licence(random.nextBoolean() ? "CC-BY-4.0" : "Apache-2.0");
      }
      return builder.build();
    }
  }
}
