package org.folkestyre.examples.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.examples.cli.json.RecommendationJson;
import org.folkestyre.toolkit.method.AccessBarrier;
import org.folkestyre.toolkit.method.Arena;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.TargetGroup;
import org.folkestyre.toolkit.recommend.ExcludedMethod;
import org.folkestyre.toolkit.recommend.RankedMethod;
import org.folkestyre.toolkit.recommend.Reason;
import org.folkestyre.toolkit.recommend.Recommendation;
import org.folkestyre.toolkit.recommend.RecommendationRequest;
import org.folkestyre.toolkit.recommend.Recommender;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code folkestyre methods recommend}: the built-in methods ranked for a goal, an audience and the
 * means, with the reasons for each place and for each method left out.
 */
@Command(name = "recommend", sortOptions = false,
    description = "Ranks the built-in participation methods for a purpose, an IAP2 level, an audience, a mode"
        + " and a budget class, and says why each method was ranked or excluded.")
final class MethodsRecommendCommand implements Callable<Integer> {
  private static final LocalizedText RECOMMENDED =
      LocalizedText.of("Anbefalt", "Tilrådd", "Anbefalet", "Recommended");
  private static final LocalizedText EXCLUDED = LocalizedText.of("Utelatt", "Utelate", "Udeladt", "Excluded");

  @Spec
  private CommandSpec spec;

  @Option(names = "--purpose", required = true, paramLabel = "PURPOSE", converter = PurposeConverter.class,
      description = "What the participation is for: inform, insight, make, make-influence, deliver, develop or"
          + " academic.")
  private Purpose purpose;

  @Option(names = "--level", required = true, paramLabel = "LEVEL", converter = LevelConverter.class,
      description = "The IAP2 level promised to participants, chosen before the method: inform, consult, involve,"
          + " collaborate or empower.")
  private Iap2Level level;

  @Option(names = "--audience", required = true, split = ",", paramLabel = "GROUP",
      converter = TargetGroupConverter.class,
      description = "The target groups, comma-separated or repeated, such as youth,language-minorities.")
  private List<TargetGroup> audience;

  @Option(names = "--mode", required = true, paramLabel = "MODE", converter = ModeConverter.class,
      description = "The mode the municipality can run: in-person, digital or hybrid (hybrid accepts every"
          + " method).")
  private Mode mode;

  @Option(names = "--cost", required = true, paramLabel = "CLASS", converter = CostConverter.class,
      description = "The highest cost class the budget allows: low, medium or high.")
  private CostClass cost;

  @Option(names = "--arena", paramLabel = "ARENA", converter = ArenaConverter.class,
      description = "The arena of the goal: individual, service or system-political; any arena if not given.")
  private Arena arena;

  @Option(names = "--deliberative",
      description = "The goal is deliberation: an informed public judgement, which needs participants drawn by"
          + " lot and at least a full day.")
  private boolean deliberative;

  @Option(names = "--need", split = ",", paramLabel = "BARRIER", converter = BarrierConverter.class,
      description = "Barriers the audience faces, comma-separated or repeated, such as hearing,digital-access.")
  private List<AccessBarrier> needs = List.of();

  @Option(names = "--min-age", paramLabel = "YEARS", description = "The youngest age in the audience.")
  private Integer minimumAge;

  @Option(names = "--max-age", paramLabel = "YEARS", description = "The oldest age in the audience.")
  private Integer maximumAge;

  @Option(names = "--days", paramLabel = "DAYS", description = "The calendar days available.")
  private Integer days;

  @Option(names = "--by", paramLabel = "YYYY-MM-DD", converter = Converters.DateConverter.class,
      description = "The date the result is needed by; the calendar days available are counted from today.")
  private LocalDate by;

  @Mixin
  private CommonOptions options;

  @Override
  public Integer call() {
    RecommendationRequest.Builder builder = RecommendationRequest.builder().purpose(purpose).level(level)
        .addAllAudience(audience).mode(mode).maximumCost(cost).deliberative(deliberative)
        .addAllAccessibilityNeeds(needs);
    if (arena != null) {
      builder.arena(arena);
    }
    if (minimumAge != null) {
      builder.minimumAge(minimumAge);
    }
    if (maximumAge != null) {
      builder.maximumAge(maximumAge);
    }
    if (days != null && by != null) {
      throw new UserInputException("--days and --by both give the calendar time available; give one of them", null);
    }
    if (days != null) {
      builder.availableDays(days);
    }
    if (by != null) {
      LocalDate today = LocalDate.now(cli().clock());
      long available = ChronoUnit.DAYS.between(today, by);
      if (available < 1) {
        throw new UserInputException("invalid --by '" + by + "': must be after today, " + today, null);
      }
      builder.availableDays((int) Math.min(available, Integer.MAX_VALUE));
    }
    Recommendation recommendation = Recommender.builtIn().recommend(builder.build());
    Language language = options.language;
    if (options.json()) {
      cli().printJson(new RecommendationJson(
          recommendation.recommended().stream().map(entry -> new RecommendationJson.RankedJson(entry.id(),
              entry.rank(), entry.score(), reasons(entry.reasons(), language))).toList(),
          recommendation.excluded().stream().map(entry -> new RecommendationJson.ExcludedJson(entry.id(),
              reasons(entry.reasons(), language))).toList()));
      return FolkestyreCli.EXIT_OK;
    }
    PrintStream out = cli().out();
    out.println(recommendation.promise().get(language));
    out.println();
    out.println(RECOMMENDED.get(language) + " (" + recommendation.recommended().size() + "):");
    for (RankedMethod entry : recommendation.recommended()) {
      out.println(String.format(Locale.ROOT, "%3d. %s (%d)", entry.rank(), entry.id(), entry.score()));
      print(out, entry.reasons(), language);
    }
    out.println();
    out.println(EXCLUDED.get(language) + " (" + recommendation.excluded().size() + "):");
    for (ExcludedMethod entry : recommendation.excluded()) {
      out.println("     " + entry.id());
      print(out, entry.reasons(), language);
    }
    return FolkestyreCli.EXIT_OK;
  }

  /** Returns the command line this runs in: the parent of {@code methods}. */
  private FolkestyreCli cli() {
    return (FolkestyreCli) spec.parent().parent().userObject();
  }

  private static void print(PrintStream out, List<Reason> reasons, Language language) {
    for (Reason reason : reasons) {
      String points = reason.points() == 0 ? "" : String.format(Locale.ROOT, "%+d ", reason.points());
      out.println("       " + points + reason.code() + ": " + reason.text(language));
    }
  }

  private static List<RecommendationJson.ReasonJson> reasons(List<Reason> reasons, Language language) {
    return reasons.stream().map(reason -> new RecommendationJson.ReasonJson(reason.code().name(),
        reason.kind().name(), reason.points(), reason.text(language))).toList();
  }

  /**
   * Converts an option value to an enum constant: the constant's name in any case, with hyphens or
   * underscores, so that {@code in-person} and {@code IN_PERSON} (as {@code methods --format json}
   * spells it) both work; anything else is rejected with the allowed values.
   */
  private abstract static class EnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    EnumConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
      throw new TypeConversionException("allowed values: " + Arrays.stream(type.getEnumConstants())
          .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .collect(Collectors.joining(", ")));
    }
  }

  /** Converts a purpose. */
  static final class PurposeConverter extends EnumConverter<Purpose> {
    PurposeConverter() {
      super(Purpose.class);
    }
  }

  /** Converts an IAP2 level. */
  static final class LevelConverter extends EnumConverter<Iap2Level> {
    LevelConverter() {
      super(Iap2Level.class);
    }
  }

  /** Converts a target group. */
  static final class TargetGroupConverter extends EnumConverter<TargetGroup> {
    TargetGroupConverter() {
      super(TargetGroup.class);
    }
  }

  /** Converts a mode. */
  static final class ModeConverter extends EnumConverter<Mode> {
    ModeConverter() {
      super(Mode.class);
    }
  }

  /** Converts a cost class. */
  static final class CostConverter extends EnumConverter<CostClass> {
    CostConverter() {
      super(CostClass.class);
    }
  }

  /** Converts an arena. */
  static final class ArenaConverter extends EnumConverter<Arena> {
    ArenaConverter() {
      super(Arena.class);
    }
  }

  /** Converts an accessibility barrier. */
  static final class BarrierConverter extends EnumConverter<AccessBarrier> {
    BarrierConverter() {
      super(AccessBarrier.class);
    }
  }
}
