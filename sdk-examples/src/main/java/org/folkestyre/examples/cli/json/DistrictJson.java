package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A district (kommunedel) of a municipality, in the JSON form.
 *
 * @param name the district's name, unique in the municipality; required
 * @param municipality the code of the municipality it belongs to, one of the municipality's
 *     codes; absent means the municipality's latest code
 * @param population the district's population; required
 * @param hub the district's hub, if one is designated
 * @param coordinator the district's local coordinator, if one is appointed
 * @param budgets the district's participation budgets, at most one per year; absent means none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DistrictJson(
    String name,
    String municipality,
    PopulationJson population,
    HubJson hub,
    CoordinatorJson coordinator,
    List<BudgetJson> budgets) {}
