package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.folkestyre.core.testing.ReferenceData;
import org.folkestyre.examples.cli.json.BodiesForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code folkestyre validate} on a municipality file with its bodies. */
class ValidateBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path directory;

  /** Drammen 2020 with its reference bodies, changed by {@code change}, written to a file. */
  private String drammenWithBodies(Consumer<ObjectNode> change) throws Exception {
    ObjectNode municipality = (ObjectNode) JSON.readTree(Files.readString(Cli.resource(
        "municipalities/drammen-2020.json")));
    municipality.set("bodies", JSON.valueToTree(BodiesForm.fromCore(ReferenceData.drammenBodies2019())));
    change.accept(municipality);
    Path file = directory.resolve("drammen-with-bodies.json");
    Files.writeString(file, JSON.writeValueAsString(municipality));
    return file.toString();
  }

  private static ArrayNode committees(ObjectNode municipality) {
    return (ArrayNode) municipality.get("bodies").get("committees");
  }

  @Test
  void drammenWithItsBodies_hasNoViolations() throws Exception {
    Cli.Result result = Cli.run("validate", drammenWithBodies(m -> { }), "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode report = JSON.readTree(result.out());
    assertTrue(report.get("valid").asBoolean(), result::toString);
    assertEquals(0, report.get("violations").size());
    assertTrue(report.get("rulesChecked").toString().contains("NO-KL-5-6-FORMANNSKAP"), result::toString);
    assertTrue(report.get("rulesChecked").toString().contains("NO-KL-5-5-COUNCIL-MIN"), result::toString);
  }

  @Test
  void anExecutiveCommitteeOfFour_isReportedUnderBodies() throws Exception {
    String file = drammenWithBodies(m -> {
      ArrayNode memberships = (ArrayNode) committees(m).get(1).get("memberships");
      while (memberships.size() > 4) {
        memberships.remove(memberships.size() - 1);
      }
    });
    Cli.Result result = Cli.run("validate", file, "--format", "json");
    assertEquals(0, result.status(), result::toString);
    JsonNode violation = JSON.readTree(result.out()).get("violations").get(0);
    assertEquals("NO-KL-5-6-FORMANNSKAP", violation.get("rule").asText());
    assertEquals("bodies.committees[1]", violation.get("path").asText());
    assertFalse(JSON.readTree(result.out()).get("valid").asBoolean());
  }

  @Test
  void aMemberBornInTheFuture_isBadInput() throws Exception {
    String file = drammenWithBodies(m -> ((ObjectNode) m.get("bodies").get("persons").get(0))
        .put("birthDate", "2031-01-01"));
    Cli.Result result = Cli.run("validate", file);
    assertEquals(2, result.status(), result::toString);
    assertTrue(result.err().contains("bodies.persons[0].birthDate"), result::toString);
    assertTrue(result.err().contains("is in the future"), result::toString);
    assertEquals(1, result.err().strip().lines().count());
  }

  @Test
  void aMembershipOfAnUnknownPerson_isBadInput() throws Exception {
    String file = drammenWithBodies(m -> ((ObjectNode) committees(m).get(0).get("memberships").get(0))
        .put("person", "nobody"));
    Cli.Result result = Cli.run("validate", file);
    assertEquals(2, result.status(), result::toString);
    assertTrue(result.err().contains("'nobody': is not a person listed in the file"), result::toString);
  }

  @Test
  void anUnknownCommitteeKind_isBadInput() throws Exception {
    String file = drammenWithBodies(m -> ((ObjectNode) committees(m).get(0)).put("kind", "NO-SENATE"));
    Cli.Result result = Cli.run("validate", file);
    assertEquals(2, result.status(), result::toString);
    assertTrue(result.err().contains("NO-SENATE"), result::toString);
    assertFalse(result.err().contains("Exception"), result::toString);
  }
}
