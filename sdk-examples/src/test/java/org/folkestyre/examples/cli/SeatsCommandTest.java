package org.folkestyre.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code folkestyre seats}. */
class SeatsCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String... args) throws Exception {
    Cli.Result result = Cli.run(args);
    assertEquals(0, result.status(), result::toString);
    return JSON.readTree(result.out());
  }

  @ParameterizedTest
  @CsvSource({
    "dhondt, 4, 3, 1, 0",
    "sainte-lague, 3, 3, 1, 1",
    "modified-sainte-lague, 4, 3, 1, 0",
    "hare, 3, 3, 1, 1",
  })
  void textbookCase(String method, int a, int b, int c, int d) throws Exception {
    JsonNode result = json("seats", "--method", method, "--seats", "8",
        "--votes", Cli.resource("votes/textbook.csv").toString(), "--format", "json");
    assertEquals(a, result.get("seats").get("A").asInt());
    assertEquals(b, result.get("seats").get("B").asInt());
    assertEquals(c, result.get("seats").get("C").asInt());
    assertEquals(d, result.get("seats").get("D").asInt());
    assertEquals(8, result.get("quotients").size());
    assertEquals(1, result.get("quotients").get(0).get("seat").asInt());
    assertEquals("A", result.get("quotients").get(0).get("list").asText());
  }

  @Test
  void dHondtQuotientsInSeatOrder() throws Exception {
    JsonNode quotients = json("seats", "--method", "dhondt", "--seats", "8",
        "--votes", Cli.resource("votes/textbook.csv").toString(), "--format", "json").get("quotients");
    // 100000, 80000, 50000, 40000, 33333.33, 30000, 26666.67, 25000
    assertEquals(100000.0, quotients.get(0).get("quotient").asDouble());
    assertEquals("B", quotients.get(6).get("list").asText());
    assertEquals(25000.0, quotients.get(7).get("quotient").asDouble());
  }

  @Test
  void modifiedSainteLague_firstDivisorIsConfigurable() throws Exception {
    JsonNode result = json("seats", "--method", "modified-sainte-lague", "--first-divisor", "1.2", "--seats", "8",
        "--votes", Cli.resource("votes/textbook.csv").toString(), "--format", "json");
    JsonNode first = result.get("quotients").get(0);
    assertEquals("83333.3333", first.get("quotient").decimalValue().toPlainString());
  }

  @Test
  void alliances_areAllocatedInStages() throws Exception {
    JsonNode result = json("seats", "--method", "dhondt", "--seats", "5",
        "--votes", Cli.resource("votes/alliance.csv").toString(), "--format", "json");
    assertEquals(3, result.get("seats").get("A").asInt());
    assertEquals(1, result.get("seats").get("B").asInt());
    assertEquals(1, result.get("seats").get("C").asInt());
    assertEquals(2, result.get("allianceSeats").get("VF1").asInt());
    assertEquals("DK", result.get("tieRule").asText());
    assertTrue(result.toString().contains("\"stage\":\"VF1\""), result::toString);
  }

  @Test
  void text_listsSeatsAndQuotients() {
    Cli.Result result = Cli.run("seats", "--method", "dhondt", "--seats", "8",
        "--votes", Cli.resource("votes/textbook.csv").toString());
    assertEquals(0, result.status());
    assertTrue(result.out().contains("Winning quotients:"), result::toString);
    assertTrue(result.out().contains("33333.3333"), result::toString);
  }

  @ParameterizedTest
  @CsvSource({
    "negative.csv, 'line 3: Invalid votes ''-1'''",
    "non-numeric.csv, 'line 3: invalid votes ''lots'''",
    "duplicate.csv, 'appears twice'",
    "conflicting-alliance.csv, 'LF1'",
    "wrong-header.csv, 'the header must be'",
  })
  void badFiles_exitTwoWithOneLine(String file, String expected) {
    Cli.Result result = Cli.run("seats", "--method", "dhondt", "--seats", "3",
        "--votes", Cli.resource("votes/" + file).toString());
    assertEquals(2, result.status(), result::toString);
    assertTrue(result.err().contains(expected), result::toString);
    assertEquals(1, result.err().strip().lines().count(), result::toString);
    assertFalse(result.err().contains("Exception"), result::toString);
  }

  @Test
  void zeroSeats_unknownMethod_missingFile_exitTwo() {
    String votes = Cli.resource("votes/textbook.csv").toString();
    assertEquals(2, Cli.run("seats", "--method", "dhondt", "--seats", "0", "--votes", votes).status());
    Cli.Result unknown = Cli.run("seats", "--method", "borda", "--seats", "3", "--votes", votes);
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("'borda'"), unknown::toString);
    assertEquals(2, Cli.run("seats", "--method", "dhondt", "--seats", "3", "--votes", "no-such-file.csv").status());
  }
}
