package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tests {@link MethodCatalogue#withMethodsFrom(Path)}: versioned JSON method files, read from the
 * test resources under {@code org/folkestyre/toolkit/method/files}, added to a catalogue.
 */
class TestMethodCatalogueFiles {
  private static final int BUILT_INS = MethodCatalogue.builtIn().methods().size();
  private static final MunicipalityCode DRAMMEN = MunicipalityCode.of(Jurisdiction.norway(), "3005");

  private static Path file(String name) {
    URL url = TestMethodCatalogueFiles.class.getResource("files/" + name);
    assertTrue(url != null, "test resource files/" + name);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aVendorFilesMethodsFollowTheBuiltInsAsDrafts() throws IOException {
    MethodCatalogue catalogue = MethodCatalogue.builtIn().withMethodsFrom(file("fjordsoft-methods.json"));
    assertEquals(BUILT_INS + 2, catalogue.methods().size());
    assertEquals(MethodCatalogue.builtIn().methods(), catalogue.methods().subList(0, BUILT_INS));
    assertEquals(List.of("vendor.fjordsoft:street-chat", "vendor.fjordsoft:school-panel"),
        catalogue.methods().subList(BUILT_INS, BUILT_INS + 2).stream().map(ParticipationMethod::id).toList());
    for (String id : List.of("vendor.fjordsoft:street-chat", "vendor.fjordsoft:school-panel")) {
      assertEquals(MethodStatus.DRAFT, catalogue.of(id).status(), id);
      assertEquals(Provenance.VENDOR, catalogue.of(id).provenance(), id);
      assertEquals("fjordsoft-methods.json", catalogue.sourceOf(id));
    }
    assertEquals("2.1.0", catalogue.of("vendor.fjordsoft:street-chat").version());
    assertEquals("1.0.0", catalogue.of("vendor.fjordsoft:school-panel").schemaVersion());
  }

  @Test
  void aVendorMethodThatClaimsToBePublishedIsADraftWithAWarning() throws IOException {
    MethodCatalogue catalogue = MethodCatalogue.builtIn().withMethodsFrom(file("fjordsoft-methods.json"));
    assertEquals(1, catalogue.warnings().size(), catalogue.warnings()::toString);
    String warning = catalogue.warnings().get(0);
    assertTrue(warning.contains("'vendor.fjordsoft:school-panel'") && warning.contains("fjordsoft-methods.json")
        && warning.contains("claims status PUBLISHED"), warning);
  }

  @Test
  void aMunicipalityPublishesADraftFromAFile() throws IOException {
    MethodCatalogue catalogue = MethodCatalogue.builtIn().withMethodsFrom(file("fjordsoft-methods.json"));
    MethodPublication decision = MethodPublication.of("vendor.fjordsoft:street-chat", DRAMMEN,
        LocalDate.of(2026, 11, 23));
    MethodCatalogue drammen = catalogue.publish(decision);
    assertEquals(MethodStatus.PUBLISHED, drammen.of("vendor.fjordsoft:street-chat").status());
    assertEquals(MethodStatus.DRAFT, drammen.of("vendor.fjordsoft:school-panel").status());
    assertEquals(MethodStatus.DRAFT, catalogue.of("vendor.fjordsoft:street-chat").status(),
        "the catalogue published from is unchanged");
    assertEquals(List.of(decision), drammen.publications());
    assertEquals("fjordsoft-methods.json", drammen.sourceOf("vendor.fjordsoft:street-chat"));
  }

  @Test
  void aFileIsTheSameAsItsMethodsAddedByName() throws IOException {
    Path path = file("fjordsoft-methods.json");
    MethodCatalogue fromFile = MethodCatalogue.builtIn().withMethodsFrom(path);
    MethodCatalogue byHand = MethodCatalogue.builtIn().withMethods("fjordsoft-methods.json", MethodFiles.read(path));
    assertEquals(byHand.methods(), fromFile.methods());
    assertEquals(byHand.warnings(), fromFile.warnings());
  }

  @Test
  void aMethodThatShadowsABuiltInIsRejectedByNameAndTheRestLoaded() throws IOException {
    MethodCatalogue catalogue = MethodCatalogue.builtIn().withMethodsFrom(file("shadowing-methods.json"));
    assertSame(MethodCatalogue.builtIn().of("dialogue-meeting"), catalogue.of("dialogue-meeting"));
    assertEquals(MethodCatalogue.BUILT_IN_SOURCE, catalogue.sourceOf("dialogue-meeting"));
    assertEquals(BUILT_INS + 1, catalogue.methods().size());
    assertEquals(MethodStatus.DRAFT, catalogue.of("vendor.fjordsoft:bus-stop-survey").status());
    assertEquals(1, catalogue.warnings().size(), catalogue.warnings()::toString);
    String warning = catalogue.warnings().get(0);
    assertTrue(warning.contains("'dialogue-meeting'") && warning.contains("shadowing-methods.json")
        && warning.contains("shadows the built-in method"), warning);
  }

  @Test
  void aMalformedFileIsRejectedWithItsNameAndPosition() {
    MethodCatalogue before = MethodCatalogue.builtIn();
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> before.withMethodsFrom(file("malformed-methods.json")));
    // The comma after "costClass": "LOW" is missing; the parser stops at the next property.
    assertEquals("malformed-methods.json: json", e.field());
    assertEquals("line 25, column 7", e.value());
    assertTrue(e.getMessage().startsWith("Invalid malformed-methods.json: json 'line 25, column 7': is not valid"
        + " JSON"), e.getMessage());
    assertEquals(BUILT_INS, before.methods().size(), "nothing of the file was added");
  }

  @Test
  void aFileOfAFutureSchemaVersionIsRejectedAsAWhole() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MethodCatalogue.builtIn().withMethodsFrom(file("future-methods.json")));
    assertEquals("future-methods.json: schemaVersion", e.field());
    assertEquals("1.2.0", e.value());
    assertTrue(e.rule().contains("newer than the schema version " + ParticipationMethod.SCHEMA_VERSION), e.rule());
    assertTrue(e.rule().contains("upgrade Folkestyre"), e.rule());
  }

  @Test
  void aMissingFileIsAnIoError(@TempDir Path folder) {
    assertThrows(NoSuchFileException.class,
        () -> MethodCatalogue.builtIn().withMethodsFrom(folder.resolve("absent.json")));
  }

  @Test
  void theFileIsRequired() {
    assertThrows(NullPointerException.class, () -> MethodCatalogue.builtIn().withMethodsFrom(null));
  }
}
