package org.folkestyre.core.internal.rules;

import static org.folkestyre.core.LocalizedText.of;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.plan.BudgetKeyFigures;
import org.folkestyre.core.plan.FiscalReview;
import org.folkestyre.core.plan.FocusArea;
import org.folkestyre.core.plan.MasterPlan;
import org.folkestyre.core.plan.SubGoal;

/** Drammen's rules for the structure of its master plan and its fiscal rules. */
public final class PlanRules {
  /** Sub-goals a focus area may have. */
  public static final int MAX_SUB_GOALS = 4;
  /** Strategies a sub-goal may have. */
  public static final int MAX_STRATEGIES = 3;

  private PlanRules() {}

  public static final Rule<MasterPlan> SUB_GOALS = Rule.builder("DRAMMEN-PLAN-SUBGOALS", MasterPlan.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenMasterPlan())
      .title(of("Høyst fire delmål", "Høgst fire delmål", "Højst fire delmål", "At most four sub-goals"))
      .explanation(of("Hvert satsingsområde har ett hovedmål og inntil fire delmål («Slik vil vi ha det»).",
          "Kvart satsingsområde har eitt hovudmål og inntil fire delmål («Slik vil vi ha det»).",
          "Hvert indsatsområde har ét hovedmål og op til fire delmål («Slik vil vi ha det»).",
          "Each focus area has one main goal and up to four sub-goals (\"Slik vil vi ha det\")."))
      .message(of("Satsingsområdet {area} har {count} delmål; høyst 4.",
          "Satsingsområdet {area} har {count} delmål; høgst 4.",
          "Indsatsområdet {area} har {count} delmål; højst 4.",
          "Focus area {area} has {count} sub-goals; at most 4."))
      .check((plan, context, findings) -> {
        for (int i = 0; i < plan.focusAreas().size(); i++) {
          FocusArea area = plan.focusAreas().get(i);
          if (area.subGoals().size() > MAX_SUB_GOALS) {
            findings.report("focusAreas[" + i + "].subGoals",
                ImmutableMap.of("area", area.name(), "count", area.subGoals().size()));
          }
        }
      });

  public static final Rule<MasterPlan> STRATEGIES = Rule.builder("DRAMMEN-PLAN-STRATEGIES", MasterPlan.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenMasterPlan())
      .title(of("Høyst tre strategier", "Høgst tre strategiar", "Højst tre strategier", "At most three strategies"))
      .explanation(of("Hvert delmål har inntil tre strategier («Slik gjør vi det»).",
          "Kvart delmål har inntil tre strategiar («Slik gjer vi det»).",
          "Hvert delmål har op til tre strategier («Slik gjør vi det»).",
          "Each sub-goal has up to three strategies (\"Slik gjør vi det\")."))
      .message(of("Delmålet «{subGoal}» i {area} har {count} strategier; høyst 3.",
          "Delmålet «{subGoal}» i {area} har {count} strategiar; høgst 3.",
          "Delmålet «{subGoal}» i {area} har {count} strategier; højst 3.",
          "Sub-goal \"{subGoal}\" of {area} has {count} strategies; at most 3."))
      .check((plan, context, findings) -> {
        for (int i = 0; i < plan.focusAreas().size(); i++) {
          FocusArea area = plan.focusAreas().get(i);
          for (int j = 0; j < area.subGoals().size(); j++) {
            SubGoal goal = area.subGoals().get(j);
            if (goal.strategies().size() > MAX_STRATEGIES) {
              findings.report("focusAreas[" + i + "].subGoals[" + j + "].strategies", ImmutableMap.of(
                  "subGoal", goal.text(), "area", area.name(), "count", goal.strategies().size()));
            }
          }
        }
      });

  public static final Rule<FiscalReview> BALANCE = Rule.builder("DRAMMEN-FISCAL-BALANCE", FiscalReview.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenFiscalRules())
      .title(of("Balanse i løpende drift", "Balanse i løpande drift", "Balance i den løbende drift",
          "Balance in running operations"))
      .explanation(of("Netto driftsresultat skal ikke være negativt.", "Netto driftsresultat skal ikkje vere negativt.",
          "Nettodriftsresultatet må ikke være negativt.", "The net operating result must not be negative."))
      .message(of("Netto driftsresultat for {year} er {result}.", "Netto driftsresultat for {year} er {result}.",
          "Nettodriftsresultatet for {year} er {result}.", "The net operating result for {year} is {result}."))
      .check((review, context, findings) -> {
        BudgetKeyFigures figures = review.figures();
        if (figures.netOperatingResult().isNegative()) {
          findings.report("figures.netOperatingResult",
              ImmutableMap.of("year", figures.year(), "result", figures.netOperatingResult()));
        }
      });

  public static final Rule<FiscalReview> DEBT = Rule.builder("DRAMMEN-FISCAL-DEBT", FiscalReview.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenFiscalRules())
      .title(of("Ikke for høy lånegjeld", "Ikkje for høg lånegjeld", "Ikke for høj gæld", "Debt not too high"))
      .explanation(of("Lånegjelden skal ikke overstige taket kommunen har satt i prosent av driftsinntektene.",
          "Lånegjelda skal ikkje gå over taket kommunen har sett i prosent av driftsinntektene.",
          "Gælden må ikke overstige det loft, kommunen har sat i procent af driftsindtægterne.",
          "Debt must not exceed the ceiling the municipality has set as a share of operating revenue."))
      .message(of("Lånegjelden for {year} er {percent} % av driftsinntektene; taket er {ceiling} %.",
          "Lånegjelda for {year} er {percent} % av driftsinntektene; taket er {ceiling} %.",
          "Gælden for {year} er {percent} % af driftsindtægterne; loftet er {ceiling} %.",
          "Debt for {year} is {percent} % of operating revenue; the ceiling is {ceiling} %."))
      .check((review, context, findings) -> review.policy().debtCeilingPercent().ifPresent(ceiling -> {
        BudgetKeyFigures figures = review.figures();
        BigDecimal percent = percentOf(figures.debt().minorUnits(), figures.operatingRevenue().minorUnits());
        if (percent.compareTo(ceiling) > 0) {
          findings.report("figures.debt", ImmutableMap.of("year", figures.year(), "percent", percent.toPlainString(),
              "ceiling", ceiling.toPlainString()));
        }
      }));

  public static final Rule<FiscalReview> RESERVES = Rule.builder("DRAMMEN-FISCAL-RESERVES", FiscalReview.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenFiscalRules())
      .title(of("Reserver i disposisjonsfond", "Reservar i disposisjonsfond", "Reserver i dispositionsfond",
          "Reserves in a disposition fund"))
      .explanation(of("Kommunen skal ha reserver i disposisjonsfond, minst det kommunen har satt.",
          "Kommunen skal ha reservar i disposisjonsfond, minst det kommunen har sett.",
          "Kommunen skal have reserver i et dispositionsfond, mindst det kommunen har fastsat.",
          "The municipality keeps reserves in a disposition fund, at least the share it has set."))
      .message(of("Disposisjonsfondet for {year} er {fund} ({percent} % av driftsinntektene); minst {minimum} %.",
          "Disposisjonsfondet for {year} er {fund} ({percent} % av driftsinntektene); minst {minimum} %.",
          "Dispositionsfondet for {year} er {fund} ({percent} % af driftsindtægterne); mindst {minimum} %.",
          "The disposition fund for {year} is {fund} ({percent} % of operating revenue); at least {minimum} %."))
      .check((review, context, findings) -> {
        BudgetKeyFigures figures = review.figures();
        BigDecimal percent = percentOf(figures.dispositionFund().minorUnits(), figures.operatingRevenue().minorUnits());
        boolean met = review.policy().reserveMinimumPercent().map(min -> percent.compareTo(min) >= 0)
            .orElse(figures.dispositionFund().isPositive());
        if (!met) {
          findings.report("figures.dispositionFund", ImmutableMap.of("year", figures.year(),
              "fund", figures.dispositionFund(), "percent", percent.toPlainString(),
              "minimum", review.policy().reserveMinimumPercent().map(BigDecimal::toPlainString).orElse("> 0")));
        }
      });

  public static final Rule<FiscalReview> INTEREST_RESERVE =
      Rule.builder("DRAMMEN-FISCAL-INTEREST-RESERVE", FiscalReview.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenFiscalRules())
      .title(of("Rentesikringsfond", "Rentesikringsfond", "Rentesikringsfond", "Interest-rate reserve fund"))
      .explanation(of("Kommunen skal ha et rentesikringsfond.", "Kommunen skal ha eit rentesikringsfond.",
          "Kommunen skal have en rentesikringsfond.", "The municipality keeps an interest-rate reserve fund."))
      .message(of("Rentesikringsfondet for {year} er tomt.", "Rentesikringsfondet for {year} er tomt.",
          "Rentesikringsfonden for {year} er tom.", "The interest-rate reserve fund for {year} is empty."))
      .check((review, context, findings) -> {
        if (!review.figures().interestReserveFund().isPositive()) {
          findings.report("figures.interestReserveFund", ImmutableMap.of("year", review.figures().year()));
        }
      });

  public static final Rule<FiscalReview> SELF_FINANCING =
      Rule.builder("DRAMMEN-FISCAL-SELF-FINANCING", FiscalReview.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.drammenFiscalRules())
      .title(of("Egenfinansiering av ikke-rentable investeringer", "Eigenfinansiering av ikkje-rentable investeringar",
          "Egenfinansiering af ikke-rentable investeringer", "Self-financing of non-profitable investments"))
      .explanation(of("Minst 15 % av de ikke-rentable investeringene skal egenfinansieres, økende til 20 %.",
          "Minst 15 % av dei ikkje-rentable investeringane skal eigenfinansierast, aukande til 20 %.",
          "Mindst 15 % af de ikke-rentable investeringer skal egenfinansieres, stigende til 20 %.",
          "At least 15 % of non-profitable investments are financed from own means, rising to 20 %."))
      .message(of("Egenfinansieringen for {year} er {percent} %; minst {minimum} %.",
          "Eigenfinansieringa for {year} er {percent} %; minst {minimum} %.",
          "Egenfinansieringen for {year} er {percent} %; mindst {minimum} %.",
          "Self-financing for {year} is {percent} %; at least {minimum} %."))
      .check((review, context, findings) -> {
        BudgetKeyFigures figures = review.figures();
        if (figures.nonProfitableInvestments().minorUnits() == 0) {
          return;
        }
        review.policy().selfFinancingMinimum(figures.year()).ifPresent(minimum -> {
          BigDecimal percent = percentOf(figures.selfFinancing().minorUnits(),
              figures.nonProfitableInvestments().minorUnits());
          if (percent.compareTo(minimum) < 0) {
            findings.report("figures.selfFinancing", ImmutableMap.of("year", figures.year(),
                "percent", percent.toPlainString(), "minimum", minimum.toPlainString()));
          }
        });
      });

  /** The exact share of {@code part} in {@code whole}, in per cent, to two decimals rounded down. */
  static BigDecimal percentOf(long part, long whole) {
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.DOWN);
  }
}
