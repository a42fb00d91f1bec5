package org.folkestyre.toolkit.recommend;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.method.AccessBarrier;
import org.folkestyre.toolkit.method.AccessSupport;
import org.folkestyre.toolkit.method.Accessibility;
import org.folkestyre.toolkit.method.DecisionPower;
import org.folkestyre.toolkit.method.DeliberationType;
import org.folkestyre.toolkit.method.Dependency;
import org.folkestyre.toolkit.method.DigitalDependency;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Iap2Range;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Recruitment;
import org.folkestyre.toolkit.method.Selection;
import org.folkestyre.toolkit.method.Span;
import org.folkestyre.toolkit.method.TargetGroup;
import org.folkestyre.toolkit.method.YouthSuitability;

/**
 * The method recommender — metodeveileder (NO), metodevejviser (DK): ranks the methods of a
 * catalogue for a {@link RecommendationRequest} after the rules of thumb of the project's research
 * on participation methods.
 *
 * <p>Each method is first checked against the hard constraints; a method that breaks any of them
 * is excluded with one {@link ReasonKind#EXCLUSION} reason per constraint broken: a deprecated
 * description; an IAP2 level outside the method's range (rule R1: the level is chosen before the
 * method); a mode the request does not accept; a cost class above the budget class; an arena the
 * method does not work in; ages that do not overlap the audience's; more calendar days than are
 * available; and, for a deliberative goal (rule R2), a selection that is not random or stratified,
 * or less than a full day ({@value MethodDuration#FULL_DAY_MINUTES} minutes) with each participant
 * — a method that does not state its selection or contact time cannot show that it deliberates and
 * is excluded too. A constraint on a field the method does not state is otherwise met.
 *
 * <p>Every other method is ranked by a score, the sum of the points of its reasons:
 * <ul>
 *   <li>IAP2 level (R1): 30 when the method's primary level is the level chosen, else 30 less 10 for
 *       each step between them, but at least 5;
 *   <li>purpose: 30, 20 or 10 when the method lists the purpose first, second or third;
 *   <li>audience: 10 for each group of the audience the method suits, at most 30; another 10 when
 *       it suits a group that open channels seldom reach (children, youth, socially vulnerable
 *       people, language minorities, immigrants, people with disabilities, people on low incomes;
 *       rules R4 and R8); another 10 when such a group needing special facilitation (socially
 *       vulnerable people, language minorities, people with disabilities) is in the audience and
 *       the method goes to people or works in small groups (R9); 10 when children or youth are in
 *       the audience and the method is designed for them, less 10 when it does not suit them;
 *   <li>accessibility: 5 for each need of the audience the method's supports meet, less 10 for each
 *       need that is a barrier the method creates (a high dependency on the majority language and a
 *       required digital tool count as barriers);
 *   <li>digital methods (R14): 5 with an offline alternative, less 15 without one;
 *   <li>means: 5 when the method's mode is the mode asked for; 5 for each cost class below the
 *       budget class;
 *   <li>deliberation (R3): 10 when the goal is deliberative and the method fosters deliberation.
 * </ul>
 * Warnings without points say where a description is silent, and notes mark statutory channels
 * (R15), binding decisions (R10) and methods that draw participants by lot and need a compensation
 * budget (R13).
 *
 * <p>The ranking is deterministic: highest score first, and methods with equal scores in the order
 * of the catalogue, which also orders the excluded methods. Relaxing a constraint — a higher cost
 * class, {@link Mode#HYBRID}, more days, no arena, a wider age range, a goal that is not
 * deliberative — never excludes a method that was ranked. This class is immutable and thread-safe.
 */
public final class Recommender {
  private static final int LEVEL_POINTS = 30;
  private static final int LEVEL_STEP_POINTS = 10;
  private static final int LEVEL_MIN_POINTS = 5;
  private static final int PURPOSE_POINTS = 30;
  private static final int PURPOSE_STEP_POINTS = 10;
  private static final int GROUP_POINTS = 10;
  private static final int GROUP_MAX_POINTS = 30;
  private static final int UNHEARD_POINTS = 10;
  private static final int GO_TO_PEOPLE_POINTS = 10;
  private static final int YOUNG_POINTS = 10;
  private static final int NEED_MET_POINTS = 5;
  private static final int BARRIER_POINTS = -10;
  private static final int OFFLINE_POINTS = 5;
  private static final int DIGITAL_ONLY_POINTS = -15;
  private static final int MODE_POINTS = 5;
  private static final int BUDGET_STEP_POINTS = 5;
  private static final int DELIBERATION_POINTS = 10;

  /** Groups that open channels seldom reach (rules R4, R8 and R9). */
  static final ImmutableSet<TargetGroup> SELDOM_REACHED = ImmutableSet.of(TargetGroup.CHILDREN, TargetGroup.YOUTH,
      TargetGroup.SOCIALLY_VULNERABLE, TargetGroup.LANGUAGE_MINORITIES, TargetGroup.IMMIGRANTS,
      TargetGroup.PEOPLE_WITH_DISABILITIES, TargetGroup.LOW_INCOME);

  /** Groups needing special facilitation under pbl § 5-1 (rule R9). */
  static final ImmutableSet<TargetGroup> SPECIAL_FACILITATION = ImmutableSet.of(TargetGroup.SOCIALLY_VULNERABLE,
      TargetGroup.LANGUAGE_MINORITIES, TargetGroup.PEOPLE_WITH_DISABILITIES);

  private static final ImmutableSet<TargetGroup> YOUNG = ImmutableSet.of(TargetGroup.CHILDREN, TargetGroup.YOUTH);

  /** The supports that lower each barrier, after section E.2 of the research. */
  static final ImmutableMap<AccessBarrier, ImmutableSet<AccessSupport>> SUPPORTS =
      ImmutableMap.<AccessBarrier, ImmutableSet<AccessSupport>>builder()
          .put(AccessBarrier.MOBILITY, ImmutableSet.of(AccessSupport.STEP_FREE_VENUE, AccessSupport.ASSISTANT_WELCOME,
              AccessSupport.TRAVEL_COSTS, AccessSupport.GO_TO_PEOPLE))
          .put(AccessBarrier.HEARING, ImmutableSet.of(AccessSupport.HEARING_LOOP, AccessSupport.SIGN_INTERPRETER,
              AccessSupport.SPEECH_TO_TEXT, AccessSupport.CAPTIONS))
          .put(AccessBarrier.VISION, ImmutableSet.of(AccessSupport.AUDIO_DESCRIPTION,
              AccessSupport.MATERIALS_IN_ADVANCE, AccessSupport.WCAG_2_1_AA))
          .put(AccessBarrier.COGNITION_LITERACY, ImmutableSet.of(AccessSupport.EASY_READ, AccessSupport.PLAIN_LANGUAGE,
              AccessSupport.MATERIALS_IN_ADVANCE))
          .put(AccessBarrier.MAJORITY_LANGUAGE, ImmutableSet.of(AccessSupport.TRANSLATED_MATERIALS,
              AccessSupport.SPOKEN_INTERPRETER))
          .put(AccessBarrier.DIGITAL_ACCESS, ImmutableSet.of(AccessSupport.OFFLINE_ALTERNATIVE,
              AccessSupport.WCAG_2_1_AA))
          .put(AccessBarrier.TIME_AVAILABILITY, ImmutableSet.of(AccessSupport.FLEXIBLE_TIMING))
          .put(AccessBarrier.COST, ImmutableSet.of(AccessSupport.REMUNERATION, AccessSupport.TRAVEL_COSTS))
          .put(AccessBarrier.CARE_DUTIES, ImmutableSet.of(AccessSupport.CHILDCARE, AccessSupport.FLEXIBLE_TIMING))
          .put(AccessBarrier.PUBLIC_SPEAKING, ImmutableSet.of(AccessSupport.SMALL_GROUPS))
          .put(AccessBarrier.TRUST, ImmutableSet.of(AccessSupport.GO_TO_PEOPLE, AccessSupport.SMALL_GROUPS))
          .build();

  private static final Recommender BUILT_IN = new Recommender(MethodCatalogue.builtIn().methods());

  private final ImmutableList<ParticipationMethod> methods;

  private Recommender(ImmutableList<ParticipationMethod> methods) {
    this.methods = methods;
  }

  /**
   * Returns a recommender over the built-in catalogue.
   *
   * @return the recommender of {@link MethodCatalogue#builtIn()}
   */
  public static Recommender builtIn() {
    return BUILT_IN;
  }

  /**
   * Obtains a recommender over a catalogue.
   *
   * @param catalogue the catalogue, whose order breaks ties
   * @return the recommender
   */
  public static Recommender of(MethodCatalogue catalogue) {
    Objects.requireNonNull(catalogue, "catalogue");
    return new Recommender(catalogue.methods());
  }

  /**
   * Obtains a recommender over methods, such as the built-in ones with a vendor's.
   *
   * @param methods the methods, each id once; their order breaks ties
   * @return the recommender
   * @throws InvalidValueException if an id appears twice
   */
  public static Recommender of(Iterable<ParticipationMethod> methods) {
    Objects.requireNonNull(methods, "methods");
    ImmutableList<ParticipationMethod> list = ImmutableList.copyOf(methods);
    Set<String> ids = new HashSet<>();
    for (ParticipationMethod method : list) {
      if (!ids.add(method.id())) {
        throw new InvalidValueException("methods", method.id(), "each method id may appear only once");
      }
    }
    return new Recommender(list);
  }

  /**
   * Returns the methods considered, in the order that breaks ties.
   *
   * @return the methods
   */
  public ImmutableList<ParticipationMethod> methods() {
    return methods;
  }

  /**
   * Ranks the methods for a request.
   *
   * @param request the request
   * @return every method, ranked with its reasons or excluded with the constraints it breaks
   */
  public Recommendation recommend(RecommendationRequest request) {
    Objects.requireNonNull(request, "request");
    record Candidate(int position, ParticipationMethod method, List<Reason> reasons, int score) {}
    List<Candidate> candidates = new ArrayList<>();
    List<ExcludedMethod> excluded = new ArrayList<>();
    for (int i = 0; i < methods.size(); i++) {
      ParticipationMethod method = methods.get(i);
      List<Reason> exclusions = exclusions(method, request);
      if (!exclusions.isEmpty()) {
        excluded.add(ExcludedMethod.of(method, exclusions));
        continue;
      }
      List<Reason> reasons = reasons(method, request);
      candidates.add(new Candidate(i, method, reasons, reasons.stream().mapToInt(Reason::points).sum()));
    }
    candidates.sort(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::position));
    List<RankedMethod> recommended = new ArrayList<>();
    for (Candidate candidate : candidates) {
      recommended.add(RankedMethod.of(candidate.method(), recommended.size() + 1, candidate.reasons()));
    }
    return Recommendation.of(request, recommended, excluded);
  }

  // ---------------------------------------------------------------- hard constraints

  private static List<Reason> exclusions(ParticipationMethod method, RecommendationRequest request) {
    List<Reason> reasons = new ArrayList<>();
    if (method.status() == MethodStatus.DEPRECATED) {
      reasons.add(reason(ReasonCode.DEPRECATED, 0, Map.of()));
    }
    Iap2Range range = range(method);
    if (!range.contains(request.level())) {
      reasons.add(reason(ReasonCode.LEVEL_OUTSIDE_RANGE, 0,
          Map.of("range", range.min() == range.max() ? word(range.min()) : word(range.min()) + "–" + word(range.max()),
              "level", word(request.level()))));
    }
    if (!request.acceptedModes().contains(method.mode())) {
      reasons.add(reason(ReasonCode.MODE_MISMATCH, 0,
          Map.of("mode", word(method.mode()), "allowed", words(request.acceptedModes()))));
    }
    if (method.costClass().compareTo(request.maximumCost()) > 0) {
      reasons.add(reason(ReasonCode.COST_ABOVE_BUDGET, 0,
          Map.of("cost", word(method.costClass()), "budget", word(request.maximumCost()))));
    }
    if (request.arena().isPresent() && !method.arenas().contains(request.arena().get())) {
      reasons.add(reason(ReasonCode.ARENA_MISMATCH, 0,
          Map.of("arenas", words(method.arenas()), "arena", word(request.arena().get()))));
    }
    int methodMin = method.minimumAge().orElse(0);
    int methodMax = method.maximumAge().orElse(ParticipationMethod.MAX_AGE);
    int audienceMin = request.minimumAge().orElse(0);
    int audienceMax = request.maximumAge().orElse(ParticipationMethod.MAX_AGE);
    if (methodMin > audienceMax || audienceMin > methodMax) {
      reasons.add(reason(ReasonCode.AGE_NOT_SUITED, 0, Map.of(
          "methodAges", ages(method.minimumAge(), method.maximumAge()),
          "ages", ages(request.minimumAge(), request.maximumAge()))));
    }
    if (request.availableDays().isPresent() && method.duration().calendarDays().isPresent()
        && method.duration().calendarDays().get().min() > request.availableDays().getAsInt()) {
      reasons.add(reason(ReasonCode.NOT_ENOUGH_TIME, 0, Map.of(
          "days", method.duration().calendarDays().get().min(), "available", request.availableDays().getAsInt())));
    }
    if (request.deliberative()) {
      if (method.selection().isEmpty() && method.recruitment().isEmpty()) {
        reasons.add(reason(ReasonCode.DELIBERATION_SELECTION_NOT_STATED, 0, Map.of()));
      } else if (!drawsByLot(method)) {
        String selection = method.selection().map(Recommender::word).orElse(words(method.recruitment()));
        reasons.add(reason(ReasonCode.DELIBERATION_WITHOUT_RANDOM_SELECTION, 0, Map.of("selection", selection)));
      }
      if (method.duration().contactMinutes().isEmpty()) {
        reasons.add(reason(ReasonCode.DELIBERATION_TIME_NOT_STATED, 0,
            Map.of("full", MethodDuration.FULL_DAY_MINUTES)));
      } else if (method.duration().contactMinutes().get().max() < MethodDuration.FULL_DAY_MINUTES) {
        reasons.add(reason(ReasonCode.DELIBERATION_UNDER_FULL_DAY, 0, Map.of(
            "full", MethodDuration.FULL_DAY_MINUTES, "minutes", method.duration().contactMinutes().get().max())));
      }
    }
    return reasons;
  }

  private static boolean drawsByLot(ParticipationMethod method) {
    return method.selection().equals(Optional.of(Selection.RANDOM))
        || method.recruitment().contains(Recruitment.RANDOM)
        || method.recruitment().contains(Recruitment.STRATIFIED);
  }

  private static Iap2Range range(ParticipationMethod method) {
    return method.iap2Range().orElseGet(() -> Iap2Range.between(method.iap2Level(), method.iap2Level()));
  }

  // ---------------------------------------------------------------- scores

  private static List<Reason> reasons(ParticipationMethod method, RecommendationRequest request) {
    List<Reason> strengths = new ArrayList<>();
    List<Reason> warnings = new ArrayList<>();
    List<Reason> notes = new ArrayList<>();
    Iap2Level level = request.level();
    int steps = Math.abs(level.ordinal() - method.iap2Level().ordinal());
    if (steps == 0) {
      strengths.add(reason(ReasonCode.LEVEL_MATCHES, LEVEL_POINTS, Map.of("level", word(level))));
    } else {
      strengths.add(reason(ReasonCode.LEVEL_IN_RANGE,
          Math.max(LEVEL_MIN_POINTS, LEVEL_POINTS - LEVEL_STEP_POINTS * steps),
          Map.of("level", word(level), "steps", steps, "primary", word(method.iap2Level()))));
    }
    int purposeIndex = method.purposes().indexOf(request.purpose());
    if (purposeIndex >= 0) {
      strengths.add(reason(ReasonCode.PURPOSE_MATCHES, PURPOSE_POINTS - PURPOSE_STEP_POINTS * purposeIndex,
          Map.of("purpose", word(request.purpose()), "rank", purposeIndex + 1)));
    } else {
      warnings.add(reason(ReasonCode.PURPOSE_NOT_LISTED, 0, Map.of("purpose", word(request.purpose()))));
    }
    audience(method, request, strengths, warnings);
    accessibility(method, request, strengths, warnings);
    if (method.mode() == request.mode()) {
      strengths.add(reason(ReasonCode.MODE_MATCHES, MODE_POINTS, Map.of("mode", word(method.mode()))));
    }
    int below = request.maximumCost().ordinal() - method.costClass().ordinal();
    if (below > 0) {
      strengths.add(reason(ReasonCode.BELOW_BUDGET, BUDGET_STEP_POINTS * below,
          Map.of("cost", word(method.costClass()), "budget", word(request.maximumCost()))));
    }
    if (request.deliberative() && method.deliberationType().equals(Optional.of(DeliberationType.DELIBERATION))) {
      strengths.add(reason(ReasonCode.DELIBERATIVE_TALK, DELIBERATION_POINTS, Map.of()));
    }
    if (request.availableDays().isPresent() && method.duration().calendarDays().isEmpty()) {
      warnings.add(reason(ReasonCode.CALENDAR_TIME_NOT_STATED, 0, Map.of()));
    }
    if (method.status() == MethodStatus.DRAFT) {
      warnings.add(reason(ReasonCode.DRAFT, 0, Map.of()));
    }
    if (!method.legalReferences().isEmpty()) {
      notes.add(reason(ReasonCode.STATUTORY_CHANNEL, 0, Map.of()));
    }
    if (method.decisionPower() == DecisionPower.BINDING) {
      notes.add(reason(ReasonCode.BINDING_DECISION, 0, Map.of()));
    }
    if (drawsByLot(method)) {
      notes.add(reason(ReasonCode.COMPENSATION_BUDGET, 0, Map.of()));
    }
    return ImmutableList.<Reason>builder().addAll(strengths).addAll(warnings).addAll(notes).build();
  }

  private static void audience(ParticipationMethod method, RecommendationRequest request, List<Reason> strengths,
      List<Reason> warnings) {
    Set<TargetGroup> reached = EnumSet.noneOf(TargetGroup.class);
    for (TargetGroup group : request.audience()) {
      if (method.targetGroups().contains(group)) {
        reached.add(group);
      }
    }
    if (reached.isEmpty()) {
      warnings.add(reason(ReasonCode.AUDIENCE_NOT_LISTED, 0, Map.of("groups", words(request.audience()))));
    } else {
      strengths.add(reason(ReasonCode.REACHES_AUDIENCE, Math.min(GROUP_MAX_POINTS, GROUP_POINTS * reached.size()),
          Map.of("groups", words(reached))));
      Set<TargetGroup> unheard = EnumSet.noneOf(TargetGroup.class);
      for (TargetGroup group : reached) {
        if (SELDOM_REACHED.contains(group)) {
          unheard.add(group);
        }
      }
      if (!unheard.isEmpty()) {
        strengths.add(reason(ReasonCode.REACHES_UNHEARD, UNHEARD_POINTS, Map.of("groups", words(unheard))));
      }
    }
    Set<AccessSupport> supports = method.accessibility().map(Accessibility::supports).orElse(ImmutableSet.of());
    boolean special = request.audience().stream().anyMatch(SPECIAL_FACILITATION::contains);
    if (special && (supports.contains(AccessSupport.GO_TO_PEOPLE) || supports.contains(AccessSupport.SMALL_GROUPS))) {
      strengths.add(reason(ReasonCode.GOES_TO_PEOPLE, GO_TO_PEOPLE_POINTS, Map.of()));
    }
    boolean young = request.audience().stream().anyMatch(YOUNG::contains);
    if (young && method.accessibility().isPresent()) {
      YouthSuitability suitability = method.accessibility().get().youthSuitability();
      if (suitability == YouthSuitability.DESIGNED_FOR) {
        strengths.add(reason(ReasonCode.DESIGNED_FOR_YOUNG, YOUNG_POINTS, Map.of()));
      } else if (suitability == YouthSuitability.NOT_SUITABLE) {
        warnings.add(reason(ReasonCode.NOT_FOR_YOUNG, -YOUNG_POINTS, Map.of()));
      }
    }
  }

  private static void accessibility(ParticipationMethod method, RecommendationRequest request,
      List<Reason> strengths, List<Reason> warnings) {
    Accessibility access = method.accessibility().orElse(null);
    boolean offline = access != null
        && (access.offlineAlternative().isPresent() || access.supports().contains(AccessSupport.OFFLINE_ALTERNATIVE));
    boolean digital = method.mode() == Mode.DIGITAL
        || (access != null && access.digitalDependency() == DigitalDependency.REQUIRED);
    if (digital) {
      if (offline) {
        strengths.add(reason(ReasonCode.OFFLINE_ALTERNATIVE, OFFLINE_POINTS, Map.of()));
      } else {
        warnings.add(reason(ReasonCode.DIGITAL_ONLY, DIGITAL_ONLY_POINTS, Map.of()));
      }
    }
    if (request.accessibilityNeeds().isEmpty()) {
      return;
    }
    if (access == null) {
      warnings.add(reason(ReasonCode.ACCESSIBILITY_NOT_DESCRIBED, 0, Map.of()));
      return;
    }
    Set<AccessBarrier> met = EnumSet.noneOf(AccessBarrier.class);
    Set<AccessSupport> used = EnumSet.noneOf(AccessSupport.class);
    Set<AccessBarrier> created = EnumSet.noneOf(AccessBarrier.class);
    for (AccessBarrier need : request.accessibilityNeeds()) {
      for (AccessSupport support : SUPPORTS.get(need)) {
        if (access.supports().contains(support)) {
          met.add(need);
          used.add(support);
        }
      }
      boolean creates = access.barriers().contains(need)
          || (need == AccessBarrier.MAJORITY_LANGUAGE && access.languageDependency() == Dependency.HIGH)
          || (need == AccessBarrier.DIGITAL_ACCESS && access.digitalDependency() == DigitalDependency.REQUIRED);
      if (creates) {
        created.add(need);
      }
    }
    if (!met.isEmpty()) {
      strengths.add(reason(ReasonCode.SUPPORTS_NEEDS, NEED_MET_POINTS * met.size(),
          Map.of("needs", words(met), "supports", words(used))));
    }
    if (!created.isEmpty()) {
      warnings.add(reason(ReasonCode.CREATES_BARRIERS, BARRIER_POINTS * created.size(),
          Map.of("barriers", words(created))));
    }
  }

  // ---------------------------------------------------------------- texts

  private static Reason reason(ReasonCode code, int points, Map<String, ?> values) {
    return Reason.of(code, points, code.text(values));
  }

  /** The spelling of an enum constant in reasons: lower case with hyphens, such as {@code in-person}. */
  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String words(Collection<? extends Enum<?>> values) {
    return values.stream().map(Recommender::word).collect(Collectors.joining(", "));
  }

  private static String ages(OptionalInt min, OptionalInt max) {
    if (min.isPresent() && max.isPresent()) {
      return Span.of(min.getAsInt(), max.getAsInt()).toString();
    }
    if (min.isPresent()) {
      return min.getAsInt() + "+";
    }
    return max.isPresent() ? "0–" + max.getAsInt() : "0+";
  }
}
