package org.folkestyre.examples.cli.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.MunicipalityGenerators;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.core.testing.ReferenceData;
import org.junit.jupiter.api.Test;

/** {@link MunicipalityForm}: the JSON form describes a municipality exactly. */
class MunicipalityFormTest {
  private static final ObjectMapper MAPPER = Json.mapper();

  private static void assertRoundTrip(Municipality municipality) {
    MunicipalityJson json = MunicipalityForm.fromCore(municipality, List.of("DRAMMEN-NEIGHBOURHOOD"),
        Optional.of(LocalDate.of(2020, 6, 1)));
    MunicipalityJson reread;
    try {
      reread = MAPPER.readValue(MAPPER.writeValueAsString(json), MunicipalityJson.class);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertEquals(json, reread);
    MunicipalityForm.Input input = MunicipalityForm.toCore(reread);
    assertEquals(municipality, input.municipality());
    assertEquals(List.of("DRAMMEN-NEIGHBOURHOOD"), input.policies());
    assertEquals(Optional.of(LocalDate.of(2020, 6, 1)), input.asOf());
  }

  @Test
  void drammenSurvivesTheRoundTrip() {
    assertRoundTrip(ReferenceData.drammen2020());
  }

  @Test
  void generatedMunicipalitiesSurviveTheRoundTrip() {
    for (Generator<Municipality> generator : List.of(
        MunicipalityGenerators.drammenModel(Year.of(2020)),
        MunicipalityGenerators.valid(Jurisdiction.norway(), Year.of(2021)),
        MunicipalityGenerators.valid(Jurisdiction.denmark(), Year.of(2022)))) {
      PropertyCheck.forAll("JSON round trip", 7L, 50, 8, generator, MunicipalityFormTest::assertRoundTrip);
    }
  }

  @Test
  void absentOptionalPartsAreOmitted() throws Exception {
    Municipality small = MunicipalityGenerators.valid(Jurisdiction.norway(), Year.of(2020))
        .generate(new SplittableRandom(1), 0);
    String json = MAPPER.writeValueAsString(MunicipalityForm.fromCore(small, List.of(), Optional.empty()));
    for (String absent : List.of("mergedFrom", "policies", "asOf", "until")) {
      assertEquals(-1, json.indexOf('"' + absent + '"'), json);
    }
  }
}
