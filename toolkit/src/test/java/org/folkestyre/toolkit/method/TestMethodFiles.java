package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.testing.MethodGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TestMethodFiles {
  /** A small vendor file: a street conversation method, written by hand as a vendor would. */
  private static final String VENDOR_FILE = """
      {
        "schemaVersion": "1.0.0",
        "methods": [
          {
            "id": "vendor.example:street-chat",
            "version": "2.1.0",
            "names": {"nb": "Gatesamtale", "da": "Gadesamtale", "en": "Street conversation"},
            "summary": {"nb": "Ansatte snakker med folk på gata.", "da": "Medarbejdere taler med folk på gaden.",
              "en": "Staff talk with people in the street."},
            "purposes": ["INSIGHT"],
            "iap2Level": "CONSULT",
            "arenas": ["SYSTEM_POLITICAL"],
            "decisionPower": "ADVISORY",
            "openness": "OPEN",
            "selection": "OPEN",
            "groupSize": {"min": 20, "max": 200},
            "targetGroups": ["GENERAL_PUBLIC", "YOUTH"],
            "mode": "IN_PERSON",
            "duration": {"recurrence": "ONE_OFF", "description": "5 minutes per person",
              "contactMinutes": {"min": 3, "max": 10}},
            "costClass": "LOW",
            "provenance": "VENDOR",
            "status": "DRAFT"
          }
        ]
      }
      """;

  private static List<ParticipationMethod> roundTrip(List<ParticipationMethod> methods) {
    return MethodFiles.fromJson(MethodFiles.toJson(methods));
  }

  private static InvalidValueException rejected(String json) {
    return assertThrows(InvalidValueException.class, () -> MethodFiles.fromJson(json));
  }

  private static String vendorFileWith(String from, String to) {
    assertTrue(VENDOR_FILE.contains(from), from);
    return VENDOR_FILE.replace(from, to);
  }

  @Test
  void aVendorFileIsReadWithItsProvenanceAndStatus() {
    ParticipationMethod method = MethodFiles.fromJson(VENDOR_FILE).get(0);
    assertEquals("vendor.example:street-chat", method.id());
    assertEquals("2.1.0", method.version());
    assertEquals("1.0.0", method.schemaVersion());
    assertEquals(Provenance.VENDOR, method.provenance());
    assertEquals(MethodStatus.DRAFT, method.status());
    assertEquals("Gatesamtale", method.name(Language.NN), "nynorsk falls back to bokmål");
    assertEquals(Span.of(3, 10), method.duration().contactMinutes().orElseThrow());
    assertEquals("20–200", method.groupSize().toString());
    assertTrue(method.accessibility().isEmpty());
  }

  @Test
  void everyBuiltInSurvivesARoundTrip() {
    List<ParticipationMethod> builtIns = MethodCatalogue.builtIn().methods();
    assertEquals(builtIns, roundTrip(builtIns));
  }

  static Stream<String> generators() {
    return Stream.concat(Stream.of("valid"), MethodGenerators.breakableRules().stream());
  }

  @ParameterizedTest
  @MethodSource("generators")
  void generatedMethodsSurviveARoundTrip(String kind) {
    Generator<ParticipationMethod> generator = kind.equals("valid") ? MethodGenerators.valid()
        : MethodGenerators.breaking(kind);
    PropertyCheck.forAll("round trip of " + kind, 42L + kind.hashCode(), 60, 8, generator,
        method -> assertEquals(List.of(method), roundTrip(List.of(method))));
  }

  @Test
  void writingAndReadingAFileAgree(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("methods.json");
    List<ParticipationMethod> methods = MethodCatalogue.builtIn().methods().subList(0, 3);
    MethodFiles.write(methods, file);
    assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("{\n  \"schemaVersion\" : \"1.0.0\""));
    assertEquals(methods, MethodFiles.read(file));
    StringWriter writer = new StringWriter();
    MethodFiles.write(methods, writer);
    assertEquals(Files.readString(file, StandardCharsets.UTF_8), writer.toString());
  }

  @Test
  void anErrorInAFileNamesTheFile(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("acme-methods.json");
    Files.writeString(file, vendorFileWith("\"IN_PERSON\"", "\"ON_FOOT\""), StandardCharsets.UTF_8);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> MethodFiles.read(file));
    assertEquals("acme-methods.json: methods[0].mode", e.field());
    assertEquals("ON_FOOT", e.value());
  }

  static Stream<Arguments> badFiles() {
    String summary281 = "x".repeat(281);
    return Stream.of(
        Arguments.of(vendorFileWith("\"1.0.0\",\n  \"methods\"", "\"2.0.0\",\n  \"methods\""), "schemaVersion",
            "is not a version this library knows"),
        Arguments.of(vendorFileWith("\"1.0.0\",\n  \"methods\"", "\"1.1.0\",\n  \"methods\""), "schemaVersion",
            "is newer than"),
        Arguments.of(vendorFileWith("\"1.0.0\",\n  \"methods\"", "\"0.9.0\",\n  \"methods\""), "schemaVersion",
            "is not a version this library knows"),
        Arguments.of(vendorFileWith("\"1.0.0\",\n  \"methods\"", "\"one\",\n  \"methods\""), "schemaVersion",
            "is not a schema version"),
        Arguments.of(vendorFileWith("\"schemaVersion\": \"1.0.0\",\n", ""), "schemaVersion", "is required"),
        Arguments.of(vendorFileWith("\"costClass\": \"LOW\"", "\"costClass\": \"CHEAP\""), "methods[0].costClass",
            "must be one of LOW, MEDIUM, HIGH"),
        Arguments.of(vendorFileWith("\"costClass\": \"LOW\"", "\"costClass\": \"LOW\", \"price\": 100"),
            "methods[0].price", "is not a property here"),
        Arguments.of(vendorFileWith("{\"min\": 20, \"max\": 200}", "{\"min\": 20.5, \"max\": 200}"),
            "methods[0].groupSize.min", "must be a whole number"),
        Arguments.of(vendorFileWith("{\"min\": 20, \"max\": 200}", "{\"min\": 200, \"max\": 20}"),
            "methods[0].groupSize.max", "must be at least the minimum 200"),
        Arguments.of(vendorFileWith("\"Staff talk with people in the street.\"", "\"" + summary281 + "\""),
            "methods[0].summary.en", "must hold at most 280 characters, not 281"),
        Arguments.of(vendorFileWith("vendor.example:street-chat", "street-chat"), "methods[0].id",
            "namespaced"),
        Arguments.of(vendorFileWith("[\"GENERAL_PUBLIC\", \"YOUTH\"]", "\"YOUTH\""), "methods[0].targetGroups",
            "must be a JSON array"),
        Arguments.of(vendorFileWith("\"contactMinutes\": {\"min\": 3, \"max\": 10}",
            "\"contactMinutes\": {\"min\": 3, \"max\": 1}"), "methods[0].duration.contactMinutes.max",
            "must be at least the minimum 3"),
        Arguments.of(vendorFileWith("\"status\": \"DRAFT\"", "\"status\": null"), "methods[0].status", "is required"),
        Arguments.of("[]", "json", "must be a JSON object"),
        Arguments.of("", "json", "is empty"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void aBadFileIsRejectedNamingTheField(String json, String field, String rule) {
    InvalidValueException e = rejected(json);
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.rule().contains(rule), e.getMessage());
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    InvalidValueException e = rejected(vendorFileWith("\"costClass\": \"LOW\",", "\"costClass\": \"LOW\",,"));
    assertEquals("json", e.field());
    assertTrue(e.value().matches("line 21, column \\d+"), e.value());
    assertTrue(e.rule().startsWith("is not valid JSON"), e.rule());
  }

  @Test
  void aRepeatedPropertyOrTrailingContentIsMalformed() {
    assertEquals("json", rejected(vendorFileWith("\"mode\": \"IN_PERSON\"",
        "\"mode\": \"IN_PERSON\", \"mode\": \"DIGITAL\"")).field());
    assertEquals("json", rejected(VENDOR_FILE + "{}").field());
  }

  @Test
  void anIdUsedTwiceIsRejected() {
    String method = VENDOR_FILE.substring(VENDOR_FILE.indexOf("    {\n      \"id\""), VENDOR_FILE.lastIndexOf("  ]"));
    String twice = VENDOR_FILE.replace(method, method.stripTrailing() + ",\n" + method);
    InvalidValueException e = rejected(twice);
    assertEquals("methods[1].id", e.field());
    assertEquals("vendor.example:street-chat", e.value());
  }

  @Test
  void aMethodThatBreaksARuleIsReadSoThatItCanBeValidated() {
    // The vendor file describes neither facilitation, scopes, phases and outputs nor accessibility.
    ParticipationMethod method = MethodFiles.fromJson(vendorFileWith("\"IN_PERSON\"", "\"DIGITAL\"")).get(0);
    assertEquals(List.of(MethodValidation.COMPLETE, MethodValidation.RECOMMENDED_FIELDS),
        MethodValidation.validate(method).violations().stream().map(v -> v.ruleId()).distinct().toList());
  }
}
