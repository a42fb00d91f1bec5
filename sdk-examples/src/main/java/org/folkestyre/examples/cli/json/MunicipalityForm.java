package org.folkestyre.examples.cli.json;

import static org.folkestyre.examples.cli.json.FormValues.date;
import static org.folkestyre.examples.cli.json.FormValues.enumValue;
import static org.folkestyre.examples.cli.json.FormValues.required;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.governance.RulePacks;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.AnnualBudget;
import org.folkestyre.core.municipality.CodePeriod;
import org.folkestyre.core.municipality.Coordinator;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Hub;
import org.folkestyre.core.municipality.HubKind;
import org.folkestyre.core.municipality.Merger;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.MunicipalityRef;
import org.folkestyre.core.municipality.Population;

/**
 * Converts between the JSON form of a municipality ({@link MunicipalityJson}) and the library's
 * {@link Municipality}.
 *
 * <p>Input from outside is turned into the library's own immutable types at once, so that every
 * structural check of the core builders applies. Each {@link InvalidValueException} is re-thrown
 * with the JSON path of the offending value as its field, such as
 * {@code Invalid codes[1].code '301': a municipality code of NO has exactly 4 digits}; a missing
 * required property is reported as a {@link MissingPropertyException} naming its path.
 */
public final class MunicipalityForm {
  private MunicipalityForm() {}

  /**
   * A municipality read from its JSON form, with the policies and date the file names.
   *
   * @param municipality the municipality, built with the core builders
   * @param policies the ids of the rule packs the file lists, in its order, as
   *     {@link RulePacks#of(String)} spells them
   * @param asOf the date the file asks to validate for, if it names one
   * @param bodies the form of the municipality's bodies, if present
   */
  public record Input(Municipality municipality, List<String> policies, Optional<LocalDate> asOf,
      Optional<BodiesJson> bodies) {
    /**
     * Creates the input, copying the list.
     *
     * @param municipality the municipality
     * @param policies the policy pack ids
     * @param asOf the date to validate for, if named
     * @param bodies the form of the municipality's bodies, if the file has them; built with
     *     {@link BodiesForm#toCore} by the caller, who knows today's date
     */
    public Input {
      policies = List.copyOf(policies);
    }
  }

  /**
   * Builds the municipality a JSON form describes.
   *
   * @param json the JSON form
   * @return the municipality, with the policies and date the form names
   * @throws InvalidValueException if a value breaks a structural rule; the field is the JSON path
   *     of the value, such as {@code districts[2].population.count}
   * @throws MissingPropertyException if a required property is absent or {@code null}
   */
  public static Input toCore(MunicipalityJson json) {
    Jurisdiction jurisdiction = leaf("jurisdiction", () -> Jurisdiction.of(required("jurisdiction", json.jurisdiction())));
    List<CodeJson> codes = required("codes", json.codes());
    if (codes.isEmpty()) {
      throw new InvalidValueException("codes", "[]", "a municipality needs at least one code");
    }
    Municipality.Builder builder = Municipality.builder()
        .name(required("name", json.name()))
        .jurisdiction(jurisdiction)
        .population(population("population", json.population()))
        .councilSize(required("councilSize", json.councilSize()));
    MunicipalityCode latest = null;
    for (int i = 0; i < codes.size(); i++) {
      String path = "codes[" + i + "]";
      CodeJson code = required(path, codes.get(i));
      MunicipalityCode value = code(jurisdiction, path + ".code", code.code());
      LocalDate from = date(path + ".from", required(path + ".from", code.from()));
      builder.addCodePeriod(code.until() == null
          ? CodePeriod.from(value, from)
          : leaf(path + ".until", () -> CodePeriod.of(value, from, date(path + ".until", code.until()))));
      latest = value;
    }
    if (json.mergedFrom() != null) {
      builder.formedBy(merger(jurisdiction, json.mergedFrom()));
    }
    List<DistrictJson> districts = json.districts() == null ? List.of() : json.districts();
    for (int i = 0; i < districts.size(); i++) {
      builder.addDistrict(district(jurisdiction, latest, "districts[" + i + "]", required("districts[" + i + "]",
          districts.get(i))));
    }
    List<String> policies = new ArrayList<>();
    List<String> listed = json.policies() == null ? List.of() : json.policies();
    for (int i = 0; i < listed.size(); i++) {
      String path = "policies[" + i + "]";
      String id = required(path, listed.get(i));
      policies.add(leaf(path, () -> RulePacks.of(id).id()));
    }
    Optional<LocalDate> asOf = Optional.ofNullable(json.asOf()).map(text -> date("asOf", text));
    Municipality municipality;
    try {
      municipality = builder.build();
    } catch (InvalidValueException e) {
      // The builder names code periods as the core does; the JSON form calls them codes.
      throw relocated(e.field().replaceFirst("^codePeriods", "codes"), e);
    }
    return new Input(municipality, policies, asOf, Optional.ofNullable(json.bodies()));
  }

  /**
   * Describes a municipality in the JSON form, the inverse of {@link #toCore(MunicipalityJson)}.
   * Districts always name their municipality's code, so that reading the form back gives an
   * equal municipality.
   *
   * @param municipality the municipality
   * @param policies the ids of the local-policy packs to list, possibly none
   * @param asOf the date to record, or empty
   * @return the JSON form
   */
  public static MunicipalityJson fromCore(Municipality municipality, List<String> policies, Optional<LocalDate> asOf) {
    List<CodeJson> codes = municipality.codePeriods().stream()
        .map(p -> new CodeJson(p.code().value(), p.validFrom().toString(),
            p.validUntil().map(LocalDate::toString).orElse(null)))
        .toList();
    MergerJson merger = municipality.formedBy()
        .map(m -> new MergerJson(m.effectiveDate().toString(), m.predecessors().stream()
            .map(ref -> new MunicipalityRefJson(ref.name(), ref.code().value()))
            .toList()))
        .orElse(null);
    List<DistrictJson> districts = municipality.districts().stream()
        .map(d -> new DistrictJson(
            d.name(),
            d.municipality().value(),
            population(d.population()),
            d.hub().map(h -> new HubJson(h.name(), h.kind().name())).orElse(null),
            d.coordinator().map(c -> new CoordinatorJson(c.name(), c.positionSharePercent())).orElse(null),
            d.budgets().stream().map(b -> new BudgetJson(b.year().getValue(), b.amount().minorUnits())).toList()))
        .toList();
    return new MunicipalityJson(
        municipality.jurisdiction().id(),
        municipality.name(),
        codes,
        population(municipality.population()),
        municipality.councilSize(),
        merger,
        policies.isEmpty() ? null : List.copyOf(policies),
        asOf.map(LocalDate::toString).orElse(null),
        districts.isEmpty() ? null : districts,
        null);
  }

  private static PopulationJson population(Population population) {
    return new PopulationJson(population.count(), population.referenceDate().toString());
  }

  private static Merger merger(Jurisdiction jurisdiction, MergerJson json) {
    LocalDate date = date("mergedFrom.date", required("mergedFrom.date", json.date()));
    List<MunicipalityRefJson> refs = required("mergedFrom.municipalities", json.municipalities());
    List<MunicipalityRef> predecessors = new ArrayList<>();
    for (int i = 0; i < refs.size(); i++) {
      String path = "mergedFrom.municipalities[" + i + "]";
      MunicipalityRefJson ref = required(path, refs.get(i));
      String name = required(path + ".name", ref.name());
      MunicipalityCode code = code(jurisdiction, path + ".code", ref.code());
      predecessors.add(leaf(path + ".name", () -> MunicipalityRef.of(name, code)));
    }
    return leaf("mergedFrom.municipalities", () -> Merger.of(date, predecessors));
  }

  private static District district(Jurisdiction jurisdiction, MunicipalityCode latest, String path, DistrictJson json) {
    District.Builder builder = District.builder()
        .name(required(path + ".name", json.name()))
        .municipality(json.municipality() == null ? latest : code(jurisdiction, path + ".municipality",
            json.municipality()))
        .population(population(path + ".population", json.population()));
    if (json.hub() != null) {
      HubJson hub = json.hub();
      String name = required(path + ".hub.name", hub.name());
      HubKind kind = enumValue(path + ".hub.kind", required(path + ".hub.kind", hub.kind()), HubKind.class);
      builder.hub(leaf(path + ".hub.name", () -> Hub.of(name, kind)));
    }
    if (json.coordinator() != null) {
      CoordinatorJson coordinator = json.coordinator();
      String name = required(path + ".coordinator.name", coordinator.name());
      int share = required(path + ".coordinator.positionSharePercent", coordinator.positionSharePercent());
      builder.coordinator(inside(path + ".coordinator", () -> Coordinator.of(name, share)));
    }
    List<BudgetJson> budgets = json.budgets() == null ? List.of() : json.budgets();
    for (int i = 0; i < budgets.size(); i++) {
      String at = path + ".budgets[" + i + "]";
      BudgetJson budget = required(at, budgets.get(i));
      Year year = leaf(at + ".year", () -> Year.of(required(at + ".year", budget.year())));
      long amount = required(at + ".amountMinor", budget.amountMinor());
      builder.addBudget(leaf(at + ".amountMinor",
          () -> AnnualBudget.of(year, Money.ofMinor(jurisdiction.currency(), amount))));
    }
    return inside(path, builder::build);
  }

  private static Population population(String path, PopulationJson json) {
    required(path, json);
    long count = required(path + ".count", json.count());
    LocalDate date = date(path + ".date", required(path + ".date", json.date()));
    return leaf(path + ".count", () -> Population.of(count, date));
  }

  private static MunicipalityCode code(Jurisdiction jurisdiction, String path, String text) {
    String code = required(path, text);
    return leaf(path, () -> MunicipalityCode.of(jurisdiction, code));
  }



  /** Runs a factory whose only possible error concerns the value at {@code path}. */
  private static <T> T leaf(String path, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      throw relocated(path, e);
    } catch (DateTimeException e) {
      throw new InvalidValueException(path, "", e.getMessage());
    }
  }

  /** Runs a factory of the object at {@code path}, whose error names a property of that object. */
  private static <T> T inside(String path, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      String field = e.field();
      throw relocated(path + "." + field.substring(field.lastIndexOf('.') + 1), e);
    }
  }

  private static InvalidValueException relocated(String path, InvalidValueException e) {
    if (path.equals(e.field())) {
      return e;
    }
    InvalidValueException moved = new InvalidValueException(path, e.value(), e.rule());
    moved.initCause(e);
    return moved;
  }
}
