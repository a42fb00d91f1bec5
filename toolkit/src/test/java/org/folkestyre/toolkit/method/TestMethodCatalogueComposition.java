package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link MethodCatalogue#withMethods(String, Iterable)}: methods from outside, such as files,
 * taken in by the same rules as a provider's.
 */
class TestMethodCatalogueComposition {
  private static final String FILE = "methods/drammen.json";
  private static final int BUILT_INS = MethodCatalogue.builtIn().methods().size();

  private static ParticipationMethod method(String id, String basedOn, Provenance provenance, MethodStatus status) {
    return ParticipationMethod.builder().from(MethodCatalogue.builtIn().of(basedOn))
        .id(id).provenance(provenance).status(status).build();
  }

  private static boolean anyWarning(MethodCatalogue catalogue, String... parts) {
    return catalogue.warnings().stream().anyMatch(w -> List.of(parts).stream().allMatch(w::contains));
  }

  @Test
  void extraMethodsFollowTheCataloguesOwnInTheirOrder() {
    ParticipationMethod seniorWalk = method("kommune.drammen:seniortrakk", "public-meeting",
        Provenance.MUNICIPALITY, MethodStatus.PUBLISHED);
    ParticipationMethod walkshop = method("vendor.eksempel:walkshop", "public-meeting",
        Provenance.VENDOR, MethodStatus.DRAFT);
    MethodCatalogue catalogue = MethodCatalogue.builtIn().withMethods(FILE, List.of(seniorWalk, walkshop));
    assertEquals(MethodCatalogue.builtIn().methods(), catalogue.methods().subList(0, BUILT_INS));
    assertEquals(List.of(seniorWalk, walkshop), catalogue.methods().subList(BUILT_INS, BUILT_INS + 2));
    assertEquals(FILE, catalogue.sourceOf("kommune.drammen:seniortrakk"));
    assertEquals(List.of(), catalogue.warnings());
    assertEquals(BUILT_INS, MethodCatalogue.builtIn().methods().size(), "the built-in catalogue is unchanged");
  }

  @Test
  void aMunicipalMethodKeepsItsStatusAndAVendorMethodIsADraft() {
    MethodCatalogue catalogue = MethodCatalogue.builtIn().withMethods(FILE, List.of(
        method("kommune.drammen:seniortrakk", "public-meeting", Provenance.MUNICIPALITY, MethodStatus.PUBLISHED),
        method("vendor.eksempel:walkshop", "public-meeting", Provenance.VENDOR, MethodStatus.VERIFIED)));
    assertEquals(MethodStatus.PUBLISHED, catalogue.of("kommune.drammen:seniortrakk").status());
    assertEquals(MethodStatus.DRAFT, catalogue.of("vendor.eksempel:walkshop").status());
    assertTrue(anyWarning(catalogue, "'vendor.eksempel:walkshop'", FILE, "claims status VERIFIED"),
        catalogue.warnings().toString());
    assertEquals(1, catalogue.warnings().size());
  }

  @Test
  void theDuplicateAndShadowRulesApplyAsForProviders() {
    MethodCatalogue first = MethodCatalogue.builtIn().withMethods("a.json", List.of(
        method("vendor.eksempel:walkshop", "public-meeting", Provenance.VENDOR, MethodStatus.DRAFT)));
    MethodCatalogue catalogue = first.withMethods("b.json", List.of(
        method("vendor.eksempel:walkshop", "survey", Provenance.VENDOR, MethodStatus.DRAFT),
        MethodCatalogue.builtIn().of("survey"),
        method("own-survey", "survey", Provenance.BUILT_IN, MethodStatus.PUBLISHED),
        method("kommune.holbaek:walkshop", "survey", Provenance.VENDOR, MethodStatus.DRAFT),
        method("kommune.holbaek:lokalforum", "neighbourhood-council", Provenance.MUNICIPALITY,
            MethodStatus.DRAFT)));
    assertEquals("a.json", catalogue.sourceOf("vendor.eksempel:walkshop"));
    assertEquals(first.of("vendor.eksempel:walkshop"), catalogue.of("vendor.eksempel:walkshop"));
    assertSame(MethodCatalogue.builtIn().of("survey"), catalogue.of("survey"));
    assertEquals(List.of("vendor.eksempel:walkshop", "kommune.holbaek:lokalforum"),
        catalogue.methods().subList(BUILT_INS, catalogue.methods().size()).stream()
            .map(ParticipationMethod::id).toList());
    String warnings = catalogue.warnings().toString();
    assertTrue(anyWarning(catalogue, "'vendor.eksempel:walkshop' from b.json ignored", "already taken by a.json"),
        warnings);
    assertTrue(anyWarning(catalogue, "'survey' from b.json rejected", "shadows the built-in method"), warnings);
    assertTrue(anyWarning(catalogue, "'own-survey' from b.json rejected", "only the library ships BUILT_IN"),
        warnings);
    assertTrue(anyWarning(catalogue, "'kommune.holbaek:walkshop' from b.json rejected", "vendor namespace"),
        warnings);
    assertEquals(4, catalogue.warnings().size(), warnings);
  }

  @Test
  void warningsAndPublicationsCarryOver() {
    MethodCatalogue loaded = MethodCatalogue.load();
    MethodPublication publication = MethodPublication.of("vendor.alpha:walkshop",
        MunicipalityCode.of(Jurisdiction.norway(), "3005"), LocalDate.of(2026, 11, 23));
    MethodCatalogue catalogue = loaded.publish(publication).withMethods(FILE, List.of(
        method("kommune.drammen:seniortrakk", "public-meeting", Provenance.MUNICIPALITY, MethodStatus.DRAFT)));
    List<String> expected = new ArrayList<>(loaded.warnings());
    assertEquals(expected, catalogue.warnings());
    assertEquals(List.of(publication), catalogue.publications());
    assertEquals(loaded.providers(), catalogue.providers());
    assertEquals(MethodStatus.PUBLISHED, catalogue.of("vendor.alpha:walkshop").status());
    assertEquals(MethodStatus.PUBLISHED, catalogue
        .publish(MethodPublication.of("kommune.drammen:seniortrakk", MunicipalityCode.of(Jurisdiction.norway(),
            "3005"), LocalDate.of(2026, 11, 24))).of("kommune.drammen:seniortrakk").status());
  }

  @Test
  void aSourceHasANameAndNoNullMethods() {
    MethodCatalogue catalogue = MethodCatalogue.builtIn();
    assertEquals("source", assertThrows(InvalidValueException.class,
        () -> catalogue.withMethods(" ", List.of())).field());
    List<ParticipationMethod> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(NullPointerException.class, () -> catalogue.withMethods(FILE, withNull));
    assertEquals(catalogue.methods(), catalogue.withMethods(FILE, List.of()).methods());
  }
}
