package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A municipality in the JSON form that {@code folkestyre validate} reads and
 * {@code folkestyre tour --format json} writes; docs/cli.md shows a complete example.
 *
 * <p>Every property the file holds must be one of these: an unknown property is an error, so
 * that nothing a user wrote is silently ignored. {@link MunicipalityForm#toCore(MunicipalityJson)}
 * turns it into the library's {@link org.folkestyre.core.municipality.Municipality}.
 *
 * @param jurisdiction the jurisdiction id, {@code "NO"} or {@code "DK"}; required
 * @param name the municipality's name; required
 * @param codes the codes it has had, oldest first; at least one; required
 * @param population its population; required
 * @param councilSize the number of seats on the municipal council; required
 * @param mergedFrom the merger that formed it, if any
 * @param policies ids of the local-policy rule packs it has opted into, such as
 *     {@code "DRAMMEN-NEIGHBOURHOOD"}; absent means none
 * @param asOf the date to validate for, {@code YYYY-MM-DD}, unless {@code --as-of} is given
 * @param districts its districts; absent means none
 * @param bodies its council, committees and councils with their members; absent means none (docs/cli.md)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"jurisdiction", "name", "codes", "population", "councilSize", "mergedFrom", "policies",
    "asOf", "districts", "bodies"})
public record MunicipalityJson(
    String jurisdiction,
    String name,
    List<CodeJson> codes,
    PopulationJson population,
    Integer councilSize,
    MergerJson mergedFrom,
    List<String> policies,
    String asOf,
    List<DistrictJson> districts,
    BodiesJson bodies) {}
