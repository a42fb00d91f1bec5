package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.plan.BudgetKeyFigures;
import org.folkestyre.core.plan.FiscalPolicy;
import org.folkestyre.core.plan.FiscalReview;
import org.folkestyre.core.plan.FocusArea;
import org.folkestyre.core.plan.MasterPlan;
import org.folkestyre.core.plan.SubGoal;
import org.folkestyre.core.plan.SustainableDevelopmentGoal;

/**
 * Generators of master plans and fiscal reviews: valid under the {@code DRAMMEN-MASTER-PLAN} and
 * {@code DRAMMEN-FISCAL} packs, or breaking exactly one of their rules.
 */
public final class PlanGenerators {
  private static final ImmutableSet<String> PLAN_RULES =
      ImmutableSet.of("DRAMMEN-PLAN-SUBGOALS", "DRAMMEN-PLAN-STRATEGIES");
  private static final ImmutableSet<String> FISCAL_RULES = ImmutableSet.of("DRAMMEN-FISCAL-BALANCE",
      "DRAMMEN-FISCAL-DEBT", "DRAMMEN-FISCAL-RESERVES", "DRAMMEN-FISCAL-INTEREST-RESERVE",
      "DRAMMEN-FISCAL-SELF-FINANCING");

  private PlanGenerators() {}

  /**
   * Returns the ids of the rules the breaking generators can break.
   *
   * @return the rule ids
   */
  public static ImmutableSet<String> breakableRules() {
    return ImmutableSet.<String>builder().addAll(PLAN_RULES).addAll(FISCAL_RULES).build();
  }

  /**
   * Returns a generator of master plans within the limits: at most four sub-goals per focus area
   * and three strategies per sub-goal.
   *
   * @return the generator
   */
  public static Generator<MasterPlan> masterPlans() {
    return (random, size) -> plan(random, size, "");
  }

  /**
   * Returns a generator of master plans that break exactly the named rule.
   *
   * @param ruleId {@code DRAMMEN-PLAN-SUBGOALS} or {@code DRAMMEN-PLAN-STRATEGIES}
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by this method
   */
  public static Generator<MasterPlan> breakingPlan(String ruleId) {
    if (!PLAN_RULES.contains(ruleId)) {
      throw new InvalidValueException("ruleId", ruleId, "cannot be broken by a plan generator; breakable: " + PLAN_RULES);
    }
    return (random, size) -> plan(random, size, ruleId);
  }

  /**
   * Returns a generator of fiscal reviews that meet every fiscal rule.
   *
   * @return the generator
   */
  public static Generator<FiscalReview> fiscalReviews() {
    return (random, size) -> review(random, size, "");
  }

  /**
   * Returns a generator of fiscal reviews that break exactly the named rule.
   *
   * @param ruleId one of the {@code DRAMMEN-FISCAL-*} rules
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by this method
   */
  public static Generator<FiscalReview> breakingReview(String ruleId) {
    if (!FISCAL_RULES.contains(ruleId)) {
      throw new InvalidValueException("ruleId", ruleId, "cannot be broken by a fiscal generator; breakable: "
          + FISCAL_RULES);
    }
    return (random, size) -> review(random, size, ruleId);
  }

  private static MasterPlan plan(RandomGenerator random, int size, String breaking) {
    int areas = 1 + random.nextInt(6);
    List<FocusArea> focusAreas = new ArrayList<>();
    for (int a = 0; a < areas; a++) {
      int subGoals = random.nextInt(5);
      if (a == 0 && breaking.equals("DRAMMEN-PLAN-SUBGOALS")) {
        subGoals = 5 + random.nextInt(1 + size);
      } else if (a == 0 && breaking.equals("DRAMMEN-PLAN-STRATEGIES")) {
        subGoals = 1 + random.nextInt(4);
      }
      List<SubGoal> goals = new ArrayList<>();
      for (int g = 0; g < subGoals; g++) {
        int strategies = random.nextInt(4);
        if (a == 0 && g == 0 && breaking.equals("DRAMMEN-PLAN-STRATEGIES")) {
          strategies = 4 + random.nextInt(1 + size);
        }
        List<String> list = new ArrayList<>();
        for (int s = 0; s < strategies; s++) {
          list.add("Strategi " + (a + 1) + "." + (g + 1) + "." + (s + 1));
        }
        goals.add(SubGoal.of("Delmål " + (a + 1) + "." + (g + 1), list));
      }
      SustainableDevelopmentGoal[] all = SustainableDevelopmentGoal.values();
      focusAreas.add(FocusArea.builder().name("Satsingsområde " + (a + 1)).mainGoal("Hovedmål " + (a + 1))
          .addGoal(all[random.nextInt(all.length)]).subGoals(goals).build());
    }
    int first = 2000 + random.nextInt(40);
    return MasterPlan.builder().municipality("Kommune").firstYear(Year.of(first)).lastYear(Year.of(first + 4 + size))
        .vision("Et godt sted å leve").addValue("Nær").focusAreas(focusAreas).build();
  }

  private static FiscalReview review(RandomGenerator random, int size, String breaking) {
    long revenue = 1_000_000L * (1 + random.nextInt(1 + size * 100));
    BigDecimal ceiling = BigDecimal.valueOf(50 + random.nextInt(100));
    BigDecimal reserveMinimum = BigDecimal.valueOf(1 + random.nextInt(10));
    long debt = revenue * (random.nextInt(ceiling.intValue() + 1)) / 100;
    long fund = revenue * (reserveMinimum.intValue() + random.nextInt(5)) / 100 + 1;
    long investments = revenue / (2 + random.nextInt(5));
    long selfFinancing = investments * (20 + random.nextInt(60)) / 100 + 1;
    long result = random.nextLong(revenue / 10 + 1);
    long interestFund = 1 + random.nextLong(revenue / 10 + 1);
    switch (breaking) {
      case "DRAMMEN-FISCAL-BALANCE" -> result = -1 - random.nextLong(revenue / 10 + 1);
      case "DRAMMEN-FISCAL-DEBT" -> debt = revenue * (ceiling.intValue() + 1 + random.nextInt(50)) / 100;
      case "DRAMMEN-FISCAL-RESERVES" -> fund = revenue * (reserveMinimum.intValue() - 1) / 100;
      case "DRAMMEN-FISCAL-INTEREST-RESERVE" -> interestFund = 0;
      case "DRAMMEN-FISCAL-SELF-FINANCING" -> selfFinancing = investments * random.nextInt(15) / 100;
      default -> { }
    }
    Year year = Year.of(2020 + random.nextInt(10));
    BudgetKeyFigures figures = BudgetKeyFigures.builder().year(year)
        .operatingRevenue(nok(revenue)).netOperatingResult(nok(result)).debt(nok(debt))
        .dispositionFund(nok(fund)).interestReserveFund(nok(interestFund))
        .nonProfitableInvestments(nok(investments)).selfFinancing(nok(selfFinancing)).build();
    FiscalPolicy policy = FiscalPolicy.builder().from(FiscalPolicy.drammen2020()).debtCeilingPercent(ceiling)
        .reserveMinimumPercent(reserveMinimum).build();
    return FiscalReview.of(figures, Objects.requireNonNull(policy));
  }

  private static Money nok(long kroner) {
    return Money.ofMajor(Money.NOK, kroner);
  }
}
