package org.folkestyre.toolkit.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.method.AccessBarrier;
import org.folkestyre.toolkit.method.AccessSupport;
import org.folkestyre.toolkit.method.Accessibility;
import org.folkestyre.toolkit.method.Arena;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.DeliberationType;
import org.folkestyre.toolkit.method.Dependency;
import org.folkestyre.toolkit.method.DigitalDependency;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.LegalReference;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.Recruitment;
import org.folkestyre.toolkit.method.Selection;
import org.folkestyre.toolkit.method.Span;
import org.folkestyre.toolkit.method.TargetGroup;
import org.folkestyre.toolkit.method.YouthSuitability;
import org.folkestyre.toolkit.testing.RecommendationGenerators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TestRecommender {
  /** Drammen 2040 asked young people for input on the plan, digitally and on a small budget. */
  private static RecommendationRequest.Builder drammenYouth() {
    return RecommendationRequest.builder()
        .purpose(Purpose.INSIGHT).level(Iap2Level.CONSULT).arena(Arena.SYSTEM_POLITICAL)
        .addAudience(TargetGroup.YOUTH).minimumAge(13).maximumAge(19)
        .mode(Mode.DIGITAL).maximumCost(CostClass.LOW);
  }

  private static List<ReasonCode> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  @Nested
  class Seeds {
    private final Recommendation lowCost = Recommender.builtIn().recommend(drammenYouth().build());

    @Test
    void drammenYouthOnALowBudgetGetsTheDigitalYouthMethodsWithBarnetrakkFirst() {
      // barnetrakk: level 30 + purpose insight first 30 + youth 10 + seldom reached 10 + mode 5
      // - digital without an offline alternative 15 = 70
      RankedMethod first = lowCost.recommended().get(0);
      assertEquals("barnetrakk", first.id());
      assertEquals(70, first.score());
      assertEquals(List.of(ReasonCode.LEVEL_MATCHES, ReasonCode.PURPOSE_MATCHES, ReasonCode.REACHES_AUDIENCE,
          ReasonCode.REACHES_UNHEARD, ReasonCode.MODE_MATCHES, ReasonCode.DIGITAL_ONLY), codes(first.reasons()));
      // online-meeting-politicians: 30 + youth 10 + 10 + mode 5 - 15 = 40; insight is not its purpose
      RankedMethod online = lowCost.ranked("online-meeting-politicians").orElseThrow();
      assertEquals(40, online.score());
      assertTrue(codes(online.reasons()).contains(ReasonCode.PURPOSE_NOT_LISTED));
    }

    @Test
    void theYouthPodcastIsExcludedOnALowBudgetOnlyForItsCost() {
      ExcludedMethod podcast = lowCost.exclusion("youth-podcast").orElseThrow();
      assertEquals(List.of(ReasonCode.COST_ABOVE_BUDGET), codes(podcast.reasons()));
      assertEquals("The method's cost class is medium, above the budget class low.",
          podcast.reasons().get(0).text(Language.EN));
      assertEquals("Metoden har omkostningsklasse medium, over budgetklassen low.",
          podcast.reasons().get(0).text(Language.DA));
    }

    @Test
    void theCitizensAssemblyIsExcludedForItsLevelModeAndCost() {
      ExcludedMethod assembly = lowCost.exclusion("citizens-assembly").orElseThrow();
      assertEquals(List.of(ReasonCode.LEVEL_OUTSIDE_RANGE, ReasonCode.MODE_MISMATCH, ReasonCode.COST_ABOVE_BUDGET),
          codes(assembly.reasons()));
      assertEquals("The method covers IAP2 levels collaborate, not the level chosen: consult.",
          assembly.reasons().get(0).text(Language.EN));
      assertEquals("The method is in-person; the request allows digital, hybrid.",
          assembly.reasons().get(1).text(Language.EN));
    }

    @Test
    void aMediumBudgetRanksTheYouthPodcastNextToBarnetrakk() {
      Recommendation medium = Recommender.builtIn().recommend(drammenYouth().maximumCost(CostClass.MEDIUM).build());
      // focus-group is hybrid and medium cost: 30 + 30 + youth 10 + 10, no digital penalty = 80;
      // barnetrakk gains 5 for costing a class below the budget: 75; map-based-input, idea-portal and
      // the podcast: 30 + 30 + 10 + 10 + 5 - 15 = 70 each, in catalogue order
      assertEquals(List.of("focus-group", "barnetrakk", "map-based-input", "idea-portal", "youth-podcast"),
          medium.recommended().subList(0, 5).stream().map(RankedMethod::id).toList());
      assertEquals(List.of(80, 75, 70, 70, 70),
          medium.recommended().subList(0, 5).stream().map(RankedMethod::score).toList());
      assertTrue(medium.ranked("map-based-input").isPresent());
      assertTrue(medium.ranked("idea-portal").isPresent());
      assertTrue(medium.exclusion("citizens-assembly").isPresent());
    }

    @Test
    void theExplanationStatesTheInfluenceLevelChosen() {
      assertEquals("You have chosen the IAP2 level CONSULT: \"We will listen and report back how your input was"
          + " used.\"", lowCost.promise().get(Language.EN));
      for (Iap2Level level : Iap2Level.values()) {
        for (Language language : Language.values()) {
          assertTrue(Recommendation.promise(level).get(language).contains(level.name()), level + " " + language);
        }
      }
    }

    @Test
    void inPersonMethodsAreExcludedForADigitalRequestAndHybridOnesKept() {
      assertEquals(List.of(ReasonCode.MODE_MISMATCH), codes(lowCost.exclusion("public-meeting").orElseThrow()
          .reasons()).subList(0, 1));
      // formal-hearing is hybrid, consults, costs little and suits stakeholders and residents, not youth
      RankedMethod hearing = lowCost.ranked("formal-hearing").orElseThrow();
      assertTrue(codes(hearing.reasons()).contains(ReasonCode.AUDIENCE_NOT_LISTED));
      assertFalse(codes(hearing.reasons()).contains(ReasonCode.MODE_MATCHES));
    }
  }

  @Nested
  class Rules {
    private final ParticipationMethod jury = Methods.jury("jury", 4 * MethodDuration.FULL_DAY_MINUTES)
        .selection(Selection.RANDOM).addRecruitment(Recruitment.STRATIFIED).build();
    private final ParticipationMethod shortJury = Methods.jury("short-jury", 180)
        .addRecruitment(Recruitment.RANDOM).build();
    private final ParticipationMethod openForum = Methods.jury("open-forum", 2 * MethodDuration.FULL_DAY_MINUTES)
        .selection(Selection.OPEN).build();
    private final ParticipationMethod undescribed = Methods.jury("undescribed", 2 * MethodDuration.FULL_DAY_MINUTES)
        .build();
    private final ParticipationMethod noTime = Methods.vendor("no-time").iap2Level(Iap2Level.COLLABORATE)
        .selection(Selection.RANDOM).build();

    private RecommendationRequest.Builder deliberation() {
      return RecommendationRequest.builder().purpose(Purpose.MAKE).level(Iap2Level.COLLABORATE).deliberative(true)
          .addAudience(TargetGroup.GENERAL_PUBLIC).mode(Mode.IN_PERSON).maximumCost(CostClass.HIGH);
    }

    @Test
    void deliberationNeedsRandomSelectionAndAFullDay() {
      Recommendation result = Recommender.of(List.of(jury, shortJury, openForum, undescribed, noTime))
          .recommend(deliberation().build());
      assertEquals(List.of("test.example:jury"), result.recommended().stream().map(RankedMethod::id).toList());
      assertEquals(List.of(ReasonCode.DELIBERATION_UNDER_FULL_DAY),
          codes(result.exclusion("test.example:short-jury").orElseThrow().reasons()));
      assertEquals(List.of(ReasonCode.DELIBERATION_WITHOUT_RANDOM_SELECTION),
          codes(result.exclusion("test.example:open-forum").orElseThrow().reasons()));
      assertEquals(List.of(ReasonCode.DELIBERATION_SELECTION_NOT_STATED),
          codes(result.exclusion("test.example:undescribed").orElseThrow().reasons()));
      assertEquals(List.of(ReasonCode.DELIBERATION_TIME_NOT_STATED),
          codes(result.exclusion("test.example:no-time").orElseThrow().reasons()));
      assertEquals("Deliberation needs at least a full day (360 minutes) with each participant; the method gives"
          + " at most 180.", result.exclusion("test.example:short-jury").orElseThrow().reasons().get(0)
          .text(Language.EN));
      assertTrue(codes(result.recommended().get(0).reasons()).contains(ReasonCode.COMPENSATION_BUDGET));
    }

    @Test
    void withoutADeliberativeGoalTheSameMethodsAreRanked() {
      Recommendation result = Recommender.of(List.of(jury, shortJury, openForum, undescribed))
          .recommend(deliberation().deliberative(false).build());
      assertEquals(4, result.recommended().size());
    }

    @Test
    void theLevelMustLieInTheMethodsRangeAndScoresFallWithDistance() {
      // jury: primary collaborate, range involve–collaborate
      RecommendationRequest.Builder request = deliberation().deliberative(false);
      Recommender recommender = Recommender.of(List.of(jury));
      assertEquals(30, recommender.recommend(request.level(Iap2Level.COLLABORATE).build()).recommended().get(0)
          .reasons().get(0).points());
      Reason involve = recommender.recommend(request.level(Iap2Level.INVOLVE).build()).recommended().get(0)
          .reasons().get(0);
      assertEquals(ReasonCode.LEVEL_IN_RANGE, involve.code());
      assertEquals(20, involve.points());
      for (Iap2Level outside : List.of(Iap2Level.INFORM, Iap2Level.CONSULT, Iap2Level.EMPOWER)) {
        assertEquals(List.of(ReasonCode.LEVEL_OUTSIDE_RANGE),
            codes(recommender.recommend(request.level(outside).build()).excluded().get(0).reasons()), outside.name());
      }
    }

    @Test
    void agesMustOverlapAndCalendarTimeMustSuffice() {
      ParticipationMethod youthCouncil = Methods.vendor("youth-council").minimumAge(13).maximumAge(18)
          .duration(MethodDuration.builder().recurrence(org.folkestyre.toolkit.method.Recurrence.ONE_OFF)
              .description("6 weeks").calendarDays(Span.of(42, 60)).build())
          .build();
      RecommendationRequest.Builder seniors = RecommendationRequest.builder().purpose(Purpose.INSIGHT)
          .level(Iap2Level.CONSULT).addAudience(TargetGroup.ELDERLY).minimumAge(67).mode(Mode.IN_PERSON)
          .maximumCost(CostClass.LOW).availableDays(30);
      ExcludedMethod excluded = Recommender.of(List.of(youthCouncil)).recommend(seniors.build()).excluded().get(0);
      assertEquals(List.of(ReasonCode.AGE_NOT_SUITED, ReasonCode.NOT_ENOUGH_TIME), codes(excluded.reasons()));
      assertEquals("The method suits ages 13–18, outside the audience's ages 67+.", excluded.reasons().get(0)
          .text(Language.EN));
      assertEquals("The method needs at least 42 calendar days; 30 are available.", excluded.reasons().get(1)
          .text(Language.EN));
      Recommendation ok = Recommender.of(List.of(youthCouncil)).recommend(seniors.minimumAge(18).availableDays(42)
          .build());
      assertEquals(1, ok.recommended().size());
    }

    @Test
    void aDigitalMethodWithAnOfflineAlternativeGainsWhereOneWithoutLoses() {
      Accessibility.Builder access = Accessibility.builder().languageDependency(Dependency.MEDIUM)
          .digitalDependency(DigitalDependency.REQUIRED).youthSuitability(YouthSuitability.ADAPTABLE);
      ParticipationMethod twin = Methods.vendor("twin").mode(Mode.DIGITAL)
          .accessibility(access.offlineAlternative("Paper forms at the library.").build()).build();
      ParticipationMethod alone = Methods.vendor("alone").mode(Mode.DIGITAL)
          .accessibility(Accessibility.builder().from(access.build()).offlineAlternative(java.util.Optional.empty())
              .build()).build();
      RecommendationRequest request = drammenYouth().audience(Set.of(TargetGroup.GENERAL_PUBLIC)).build();
      Recommendation result = Recommender.of(List.of(alone, twin)).recommend(request);
      assertEquals(List.of("test.example:twin", "test.example:alone"),
          result.recommended().stream().map(RankedMethod::id).toList());
      assertEquals(20, result.recommended().get(0).score() - result.recommended().get(1).score());
      assertTrue(codes(result.recommended().get(0).reasons()).contains(ReasonCode.OFFLINE_ALTERNATIVE));
      assertTrue(codes(result.recommended().get(1).reasons()).contains(ReasonCode.DIGITAL_ONLY));
    }

    @Test
    void accessibilityNeedsCountSupportsAndBarriers() {
      ParticipationMethod meeting = Methods.vendor("meeting").accessibility(Accessibility.builder()
          .addBarriers(AccessBarrier.PUBLIC_SPEAKING, AccessBarrier.HEARING)
          .addSupports(AccessSupport.HEARING_LOOP, AccessSupport.SIGN_INTERPRETER, AccessSupport.GO_TO_PEOPLE)
          .languageDependency(Dependency.HIGH).digitalDependency(DigitalDependency.NONE)
          .youthSuitability(YouthSuitability.NOT_SUITABLE).build()).build();
      RecommendationRequest request = RecommendationRequest.builder().purpose(Purpose.INSIGHT)
          .level(Iap2Level.CONSULT).addAudience(TargetGroup.LANGUAGE_MINORITIES, TargetGroup.YOUTH)
          .addAccessibilityNeed(AccessBarrier.HEARING).addAccessibilityNeed(AccessBarrier.MAJORITY_LANGUAGE)
          .mode(Mode.IN_PERSON).maximumCost(CostClass.LOW).build();
      RankedMethod ranked = Recommender.of(List.of(meeting)).recommend(request).recommended().get(0);
      Map<ReasonCode, Integer> points = new HashMap<>();
      ranked.reasons().forEach(reason -> points.put(reason.code(), reason.points()));
      assertEquals(10, points.get(ReasonCode.GOES_TO_PEOPLE)); // language minorities, goes to people
      assertEquals(5, points.get(ReasonCode.SUPPORTS_NEEDS)); // hearing
      assertEquals(-20, points.get(ReasonCode.CREATES_BARRIERS)); // hearing, and a high language dependency
      assertEquals(-10, points.get(ReasonCode.NOT_FOR_YOUNG));
      assertEquals(0, points.get(ReasonCode.AUDIENCE_NOT_LISTED));
      // 30 level + 30 purpose + 10 + 5 - 20 - 10 + 5 mode = 50
      assertEquals(50, ranked.score());
    }

    @Test
    void notesMarkStatutoryChannelsAndBindingDecisionsAndDeliberationIsRewarded() {
      ParticipationMethod initiative = Methods.vendor("initiative").mode(Mode.HYBRID)
          .addLegalReferences(LegalReference.of("NO", "kommuneloven", "12-1"))
          .decisionPower(org.folkestyre.toolkit.method.DecisionPower.BINDING).build();
      ParticipationMethod planningCell = Methods.jury("planning-cell", 4 * MethodDuration.FULL_DAY_MINUTES)
          .selection(Selection.RANDOM).deliberationType(DeliberationType.DELIBERATION).build();
      ParticipationMethod plainJury = Methods.jury("plain-jury", 4 * MethodDuration.FULL_DAY_MINUTES)
          .selection(Selection.RANDOM).build();
      RankedMethod channel = Recommender.of(List.of(initiative)).recommend(drammenYouth().mode(Mode.HYBRID).build())
          .recommended().get(0);
      assertTrue(codes(channel.reasons()).containsAll(List.of(ReasonCode.STATUTORY_CHANNEL,
          ReasonCode.BINDING_DECISION)), channel.reasons().toString());
      Recommendation deliberation = Recommender.of(List.of(plainJury, planningCell)).recommend(RecommendationRequest
          .builder().purpose(Purpose.MAKE).level(Iap2Level.COLLABORATE).deliberative(true)
          .addAudience(TargetGroup.GENERAL_PUBLIC).mode(Mode.IN_PERSON).maximumCost(CostClass.HIGH).build());
      assertEquals("test.example:planning-cell", deliberation.recommended().get(0).id());
      assertEquals(10, deliberation.recommended().get(0).score() - deliberation.recommended().get(1).score());
    }

    @Test
    void anArenaTheMethodDoesNotWorkInExcludesIt() {
      ParticipationMethod council = Methods.vendor("council").build(); // system-political only
      ExcludedMethod excluded = Recommender.of(List.of(council)).recommend(drammenYouth().mode(Mode.IN_PERSON)
          .arena(Arena.SERVICE).build()).excluded().get(0);
      assertEquals(List.of(ReasonCode.ARENA_MISMATCH), codes(excluded.reasons()));
      assertEquals("Metoden brukes på system-political, ikke på arenaen service.",
          excluded.reasons().get(0).text(Language.NB));
    }

    @Test
    void aMethodDesignedForTheYoungGainsWithAYoungAudience() {
      ParticipationMethod trail = Methods.vendor("trail").accessibility(Accessibility.builder()
          .languageDependency(Dependency.LOW).digitalDependency(DigitalDependency.NONE)
          .youthSuitability(YouthSuitability.DESIGNED_FOR).build()).build();
      RecommendationRequest young = drammenYouth().mode(Mode.IN_PERSON).build();
      assertTrue(codes(Recommender.of(List.of(trail)).recommend(young).recommended().get(0).reasons())
          .contains(ReasonCode.DESIGNED_FOR_YOUNG));
      RecommendationRequest elderly = drammenYouth().mode(Mode.IN_PERSON).audience(Set.of(TargetGroup.ELDERLY))
          .minimumAge(67).maximumAge(100).build();
      assertFalse(codes(Recommender.of(List.of(trail)).recommend(elderly).recommended().get(0).reasons())
          .contains(ReasonCode.DESIGNED_FOR_YOUNG));
    }

    @Test
    void deprecatedMethodsAreExcludedAndDraftsWarned() {
      Recommendation result = Recommender.of(List.of(Methods.vendor("old").status(MethodStatus.DEPRECATED).build(),
          Methods.vendor("new").status(MethodStatus.DRAFT).build())).recommend(RecommendationRequest.builder()
          .purpose(Purpose.INSIGHT).level(Iap2Level.CONSULT).addAudience(TargetGroup.GENERAL_PUBLIC)
          .mode(Mode.HYBRID).maximumCost(CostClass.HIGH).build());
      assertEquals(List.of(ReasonCode.DEPRECATED), codes(result.excluded().get(0).reasons()));
      assertTrue(codes(result.recommended().get(0).reasons()).contains(ReasonCode.DRAFT));
    }

    @Test
    void equalScoresKeepTheOrderOfTheMethodsGiven() {
      ParticipationMethod a = Methods.vendor("a").build();
      ParticipationMethod b = Methods.vendor("b").build();
      RecommendationRequest request = drammenYouth().mode(Mode.IN_PERSON).build();
      assertEquals(List.of("test.example:a", "test.example:b"), Recommender.of(List.of(a, b)).recommend(request)
          .recommended().stream().map(RankedMethod::id).toList());
      assertEquals(List.of("test.example:b", "test.example:a"), Recommender.of(List.of(b, a)).recommend(request)
          .recommended().stream().map(RankedMethod::id).toList());
    }

    @Test
    void aRepeatedIdIsRejected() {
      ParticipationMethod a = Methods.vendor("a").build();
      InvalidValueException error = assertThrows(InvalidValueException.class, () -> Recommender.of(List.of(a, a)));
      assertEquals("methods", error.field());
    }
  }

  @Nested
  class Properties {
    private final List<Recommender> recommenders = List.of(Recommender.builtIn(),
        Recommender.of(ImmutableList.<ParticipationMethod>builder().addAll(MethodCatalogue.builtIn().methods())
            .add(Methods.jury("jury", 720).selection(Selection.RANDOM).build())
            .add(Methods.jury("short", 120).addRecruitment(Recruitment.STRATIFIED).build())
            .add(Methods.vendor("teens").minimumAge(13).maximumAge(19).build())
            .build()));

    @Test
    void everyMethodAppearsExactlyOnceWithReasons() {
      for (Recommender recommender : recommenders) {
        PropertyCheck.forAll("every method once", 61L, 300, 6, RecommendationGenerators.requests(), request -> {
          Recommendation result = recommender.recommend(request);
          List<String> ids = new ArrayList<>();
          result.recommended().forEach(entry -> ids.add(entry.id()));
          result.excluded().forEach(entry -> ids.add(entry.id()));
          assertEquals(recommender.methods().stream().map(ParticipationMethod::id).sorted().toList(),
              ids.stream().sorted().toList());
          result.recommended().forEach(entry -> assertFalse(entry.reasons().isEmpty(), entry.id()));
          result.excluded().forEach(entry -> assertTrue(entry.reasons().stream()
              .allMatch(reason -> reason.kind() == ReasonKind.EXCLUSION) && !entry.reasons().isEmpty(), entry.id()));
        });
      }
    }

    @Test
    void theRankingIsSortedByScoreThenCatalogueOrder() {
      for (Recommender recommender : recommenders) {
        List<String> order = recommender.methods().stream().map(ParticipationMethod::id).toList();
        PropertyCheck.forAll("sorted", 62L, 300, 6, RecommendationGenerators.requests(), request -> {
          List<RankedMethod> ranked = recommender.recommend(request).recommended();
          for (int i = 0; i < ranked.size(); i++) {
            RankedMethod entry = ranked.get(i);
            assertEquals(i + 1, entry.rank());
            assertEquals(entry.reasons().stream().mapToInt(Reason::points).sum(), entry.score());
            if (i > 0) {
              RankedMethod before = ranked.get(i - 1);
              assertTrue(before.score() > entry.score() || before.score() == entry.score()
                  && order.indexOf(before.id()) < order.indexOf(entry.id()), before + " before " + entry);
            }
          }
          List<String> excluded = recommender.recommend(request).excluded().stream().map(ExcludedMethod::id).toList();
          assertEquals(order.stream().filter(excluded::contains).toList(), excluded);
        });
      }
    }

    @Test
    void relaxingAConstraintNeverRemovesARankedMethod() {
      for (Recommender recommender : recommenders) {
        PropertyCheck.forAll("relaxing keeps ranked methods", 63L, 500, 6, RecommendationGenerators.relaxedPairs(),
            pair -> {
              Set<String> before = ids(recommender.recommend(pair.get(0)));
              Set<String> after = ids(recommender.recommend(pair.get(1)));
              assertTrue(after.containsAll(before), "lost " + before.stream().filter(id -> !after.contains(id))
                  .toList() + " relaxing to " + pair.get(1));
            });
      }
    }

    @Test
    void everyRankedMethodMeetsTheHardConstraints() {
      for (Recommender recommender : recommenders) {
        PropertyCheck.forAll("hard constraints", 64L, 300, 6, RecommendationGenerators.requests(), request -> {
          for (RankedMethod entry : recommender.recommend(request).recommended()) {
            ParticipationMethod method = entry.method();
            Iap2Level min = method.iap2Range().map(range -> range.min()).orElse(method.iap2Level());
            Iap2Level max = method.iap2Range().map(range -> range.max()).orElse(method.iap2Level());
            assertTrue(min.compareTo(request.level()) <= 0 && request.level().compareTo(max) <= 0, entry.id());
            assertTrue(request.mode() == Mode.HYBRID || method.mode() == Mode.HYBRID
                || method.mode() == request.mode(), entry.id());
            assertTrue(method.costClass().compareTo(request.maximumCost()) <= 0, entry.id());
            request.arena().ifPresent(arena -> assertTrue(method.arenas().contains(arena), entry.id()));
            if (method.minimumAge().isPresent() && request.maximumAge().isPresent()) {
              assertTrue(method.minimumAge().getAsInt() <= request.maximumAge().getAsInt(), entry.id());
            }
            if (method.maximumAge().isPresent() && request.minimumAge().isPresent()) {
              assertTrue(request.minimumAge().getAsInt() <= method.maximumAge().getAsInt(), entry.id());
            }
            if (request.deliberative()) {
              assertTrue(method.selection().orElse(Selection.OPEN) == Selection.RANDOM
                  || method.recruitment().contains(Recruitment.RANDOM)
                  || method.recruitment().contains(Recruitment.STRATIFIED), entry.id());
              assertTrue(method.duration().contactMinutes().orElseThrow().max() >= 360, entry.id());
            }
            assertTrue(method.status() != MethodStatus.DEPRECATED, entry.id());
          }
        });
      }
    }

    @Test
    void resultsAreReproducible() {
      Recommender copy = Recommender.of(MethodCatalogue.builtIn().methods());
      PropertyCheck.forAll("reproducible", 65L, 200, 6, RecommendationGenerators.requests(), request ->
          assertEquals(Recommender.builtIn().recommend(request), copy.recommend(request)));
    }

    @Test
    void everyReasonTextIsFilledInEveryLanguage() {
      for (Recommender recommender : recommenders) {
        PropertyCheck.forAll("texts filled", 66L, 200, 6, RecommendationGenerators.requests(), request -> {
          Recommendation result = recommender.recommend(request);
          List<Reason> reasons = new ArrayList<>();
          result.recommended().forEach(entry -> reasons.addAll(entry.reasons()));
          result.excluded().forEach(entry -> reasons.addAll(entry.reasons()));
          for (Reason reason : reasons) {
            for (Language language : Language.values()) {
              assertFalse(reason.text(language).contains("{"), reason + " " + language);
            }
          }
        });
      }
    }

    private Set<String> ids(Recommendation recommendation) {
      return recommendation.recommended().stream().map(RankedMethod::id).collect(Collectors.toSet());
    }
  }
}
