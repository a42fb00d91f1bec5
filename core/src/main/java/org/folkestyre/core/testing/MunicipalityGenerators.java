package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.internal.rules.CouncilSizeRules;
import org.folkestyre.core.internal.rules.DrammenRules;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.AnnualBudget;
import org.folkestyre.core.municipality.CodePeriod;
import org.folkestyre.core.municipality.Coordinator;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Hub;
import org.folkestyre.core.municipality.HubKind;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.Population;

/**
 * Generators of municipalities and districts: valid ones, and ones that break exactly one rule.
 *
 * <p>"Valid" means valid under the jurisdiction's statutory rule packs; the
 * {@linkplain #drammenModel(Year) Drammen model} is also valid under the
 * {@code DRAMMEN-NEIGHBOURHOOD} local policy. Districts carry a hub, a coordinator and a
 * participation budget for the given budget year, so validate them as of a date in that year.
 * The size bounds the population (up to about {@code 200 × (size + 1)³}) and the number of districts.
 */
public final class MunicipalityGenerators {
  private static final String[] SYLLABLES = {
    "ås", "berg", "dal", "eng", "fjell", "gård", "holm", "lia", "mo", "nes", "øy", "rud", "sand", "strand", "vik"
  };
  private static final ImmutableSet<String> BREAKABLE = ImmutableSet.of(
      CouncilSizeRules.NO_ODD, CouncilSizeRules.NO_MIN, CouncilSizeRules.DK_ODD, CouncilSizeRules.DK_SIZE,
      DrammenRules.DISTRICTS, DrammenRules.HUB, DrammenRules.COORDINATOR, DrammenRules.BUDGET);

  private MunicipalityGenerators() {}

  /**
   * Returns the ids of the rules {@link #breaking(String, Year)} can break.
   *
   * @return the rule ids
   */
  public static ImmutableSet<String> breakableRules() {
    return BREAKABLE;
  }

  /**
   * Returns a generator of municipalities that satisfy every statutory rule of a jurisdiction.
   *
   * @param jurisdiction the jurisdiction, Norway or Denmark
   * @param budgetYear the year the districts' participation budgets are for
   * @return the generator
   */
  public static Generator<Municipality> valid(Jurisdiction jurisdiction, Year budgetYear) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(budgetYear, "budgetYear");
    return (random, size) -> {
      int districts = random.nextInt(size + 1);
      long population = populationOf(random, size);
      return base(jurisdiction, random, size, districts, budgetYear, population)
          .councilSize(validCouncilSize(jurisdiction, random, size, population))
          .build();
    };
  }

  /**
   * Returns a generator of Norwegian municipalities organised as Drammen's neighbourhood-democracy
   * model: 10 districts, each with a hub, a coordinator and a participation budget.
   *
   * @param budgetYear the year the budgets are for
   * @return the generator
   */
  public static Generator<Municipality> drammenModel(Year budgetYear) {
    Objects.requireNonNull(budgetYear, "budgetYear");
    return (random, size) -> drammenBase(random, size, DrammenRules.DISTRICT_COUNT, budgetYear).build();
  }

  /**
   * Returns a generator of municipalities that break exactly the named rule and no other rule of
   * their jurisdiction's statutory packs or of the {@code DRAMMEN-NEIGHBOURHOOD} pack (for
   * Norwegian municipalities).
   *
   * @param ruleId the id of the rule to break, one of {@link #breakableRules()}
   * @param budgetYear the year the districts' participation budgets are for
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by this class
   */
  public static Generator<Municipality> breaking(String ruleId, Year budgetYear) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(budgetYear, "budgetYear");
    Jurisdiction norway = Jurisdiction.norway();
    Jurisdiction denmark = Jurisdiction.denmark();
    switch (ruleId) {
      case CouncilSizeRules.NO_ODD:
        return (random, size) -> {
          Municipality valid = drammenBase(random, size, DrammenRules.DISTRICT_COUNT, budgetYear).build();
          return Municipality.builder().from(valid).councilSize(valid.councilSize() + 1).build();
        };
      case CouncilSizeRules.NO_MIN:
        return (random, size) -> {
          long population = 5_001 + populationOf(random, size);
          int minimum = CouncilSizeRules.norwegianMinimum(population);
          int councilSize = 1 + 2 * random.nextInt((minimum - 1) / 2);
          return base(norway, random, size, DrammenRules.DISTRICT_COUNT, budgetYear, population)
              .councilSize(councilSize)
              .build();
        };
      case CouncilSizeRules.DK_ODD:
        return (random, size) -> {
          long population = populationOf(random, size);
          Municipality.Builder builder = base(denmark, random, size, random.nextInt(size + 1), budgetYear, population);
          int[] range = CouncilSizeRules.danishRange("", population);
          int even = range[0] + 1 + 2 * random.nextInt((range[1] - range[0]) / 2);
          return builder.councilSize(even).build();
        };
      case CouncilSizeRules.DK_SIZE:
        return (random, size) -> {
          long population = populationOf(random, size);
          Municipality.Builder builder = base(denmark, random, size, random.nextInt(size + 1), budgetYear, population);
          int[] range = CouncilSizeRules.danishRange("", population);
          int odd = random.nextBoolean() && range[0] > 9
              ? 9 + 2 * random.nextInt((range[0] - 9) / 2)
              : range[1] + 2 + 2 * random.nextInt(size + 1);
          return builder.councilSize(odd).build();
        };
      case DrammenRules.DISTRICTS:
        return (random, size) -> {
          int count = random.nextInt(DrammenRules.DISTRICT_COUNT + size + 2);
          if (count == DrammenRules.DISTRICT_COUNT) {
            count++;
          }
          return drammenBase(random, size, count, budgetYear).build();
        };
      case DrammenRules.HUB:
      case DrammenRules.COORDINATOR:
      case DrammenRules.BUDGET:
        return (random, size) -> {
          Municipality valid = drammenBase(random, size, DrammenRules.DISTRICT_COUNT, budgetYear).build();
          int victim = random.nextInt(valid.districts().size());
          List<District> districts = new ArrayList<>(valid.districts());
          District.Builder broken = District.builder().from(districts.get(victim));
          if (ruleId.equals(DrammenRules.HUB)) {
            broken.hub(Optional.empty());
          } else if (ruleId.equals(DrammenRules.COORDINATOR)) {
            broken.coordinator(Optional.empty());
          } else {
            broken.budgets(random.nextBoolean()
                ? ImmutableList.of()
                : ImmutableList.of(AnnualBudget.of(budgetYear, Money.ofMinor(norway.currency(), 0))));
          }
          districts.set(victim, broken.build());
          return Municipality.builder().from(valid).districts(districts).build();
        };
      default:
        throw new InvalidValueException("ruleId", ruleId, "cannot be broken by a generator; breakable: " + BREAKABLE);
    }
  }

  /**
   * Returns a generator of districts of a municipality, each with a hub, a coordinator and a budget.
   *
   * @param code the municipality's code
   * @param currency the currency of the budget
   * @param budgetYear the year of the budget
   * @return the generator
   */
  public static Generator<District> district(MunicipalityCode code, Currency currency, Year budgetYear) {
    return (random, size) -> district(random, size, name(random, 0), code, currency, budgetYear);
  }

  private static Municipality.Builder drammenBase(RandomGenerator random, int size, int districts, Year year) {
    Jurisdiction norway = Jurisdiction.norway();
    long population = populationOf(random, size);
    return base(norway, random, size, districts, year, population)
        .councilSize(validCouncilSize(norway, random, size, population));
  }

  private static Municipality.Builder base(
      Jurisdiction jurisdiction, RandomGenerator random, int size, int districtCount, Year year, long population) {
    MunicipalityCode code = randomCode(jurisdiction, random);
    Municipality.Builder builder = Municipality.builder()
        .name(capitalize(name(random, 0)))
        .jurisdiction(jurisdiction)
        .addCodePeriod(CodePeriod.from(code, LocalDate.of(1900 + random.nextInt(200), 1, 1)))
        .population(Population.of(population, LocalDate.of(year.getValue(), 1, 1)));
    for (int i = 0; i < districtCount; i++) {
      builder.addDistrict(district(random, size, name(random, i + 1), code, jurisdiction.currency(), year));
    }
    return builder;
  }

  private static int validCouncilSize(Jurisdiction jurisdiction, RandomGenerator random, int size, long population) {
    if (jurisdiction.id().equals(Jurisdiction.DENMARK_ID)) {
      int[] range = CouncilSizeRules.danishRange("", population);
      return range[0] + 2 * random.nextInt((range[1] - range[0]) / 2 + 1);
    }
    return CouncilSizeRules.norwegianMinimum(population) + 2 * random.nextInt(size + 1);
  }

  private static District district(RandomGenerator random, int size, String name, MunicipalityCode code,
      Currency currency, Year year) {
    HubKind[] kinds = HubKind.values();
    return District.builder()
        .name(capitalize(name))
        .municipality(code)
        .population(Population.of(populationOf(random, size) / 10, LocalDate.of(year.getValue(), 1, 1)))
        .hub(Hub.of(capitalize(name(random, 0)) + " " + (random.nextInt(90) + 10), kinds[random.nextInt(kinds.length)]))
        .coordinator(Coordinator.of("Koordinator " + capitalize(name), 1 + random.nextInt(100)))
        .addBudget(AnnualBudget.of(year, Money.ofMajor(currency, 1 + random.nextInt(100_000))))
        .build();
  }

  private static MunicipalityCode randomCode(Jurisdiction jurisdiction, RandomGenerator random) {
    int digits = jurisdiction.municipalityCodeDigits();
    int bound = (int) Math.pow(10, digits);
    String code = String.format(Locale.ROOT, "%0" + digits + "d", random.nextInt(bound));
    if (jurisdiction.id().equals(Jurisdiction.DENMARK_ID) && code.equals(CouncilSizeRules.COPENHAGEN_CODE)) {
      // Copenhagen's council is fixed at 55 members; generated municipalities are ordinary ones.
      code = "102";
    }
    return MunicipalityCode.of(jurisdiction, code);
  }

  private static long populationOf(RandomGenerator random, int size) {
    long scale = (long) (size + 1) * (size + 1) * (size + 1);
    return random.nextLong(200 * scale + 1);
  }

  private static String name(RandomGenerator random, int index) {
    String name = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)];
    return index == 0 ? name : name + " " + index;
  }

  private static String capitalize(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
