package org.folkestyre.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodFiles;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MethodProviderExamplesTest {
  private static final int BUILT_INS = MethodCatalogue.builtIn().methods().size();

  @Test
  void theRegisteredProviderAddsTwoDraftsAfterTheBuiltIns() {
    MethodCatalogue catalogue = MethodCatalogue.load();
    assertEquals(List.of(), catalogue.warnings());
    assertEquals(List.of("vendor.eksempel:walkshop", "vendor.eksempel:kitchen-table-talk"),
        catalogue.methods().subList(BUILT_INS, catalogue.methods().size()).stream()
            .map(ParticipationMethod::id).toList());
    assertEquals("Eksempel Medvirkning AS", catalogue.providers().get(EksempelMethods.class.getName()));
    assertEquals("Gjestebud", catalogue.of("vendor.eksempel:kitchen-table-talk").name(Language.NN));
  }

  @Test
  void theWalkshopIsPublishedForDrammen() {
    MethodCatalogue drammen = MethodProviderExamples.loadAndPublish();
    assertEquals(MethodStatus.PUBLISHED, drammen.of("vendor.eksempel:walkshop").status());
    assertEquals(MethodStatus.DRAFT, drammen.of("vendor.eksempel:kitchen-table-talk").status());
    assertEquals("3005", drammen.publications().get(0).municipality().value());
  }

  @Test
  void aMunicipalitysOwnMethodsFollowTheVendorsAndACopyOfABuiltInIsRejected() {
    ParticipationMethod seniorWalk = ParticipationMethod.builder()
        .from(MethodCatalogue.builtIn().of("public-meeting"))
        .id("kommune.drammen:seniortrakk")
        .names(ParticipationMethod.texts("Seniortråkk", "Seniorvandring", "Senior walk-along mapping"))
        .provenance(Provenance.MUNICIPALITY)
        .status(MethodStatus.PUBLISHED)
        .build();
    MethodCatalogue combined = MethodProviderExamples.withOwnMethods(MethodCatalogue.load(),
        List.of(seniorWalk, MethodCatalogue.builtIn().of("survey")));
    assertEquals(seniorWalk, combined.methods().get(combined.methods().size() - 1));
    assertEquals("drammen-methods.json", combined.sourceOf("kommune.drammen:seniortrakk"));
    assertEquals(1, combined.warnings().size(), combined.warnings().toString());
    assertTrue(combined.warnings().get(0).contains("'survey' from drammen-methods.json rejected"),
        combined.warnings().toString());
  }

  @Test
  void theVendorCanShipItsMethodsAsAFileInstead(@TempDir Path folder) throws IOException {
    List<ParticipationMethod> methods = new EksempelMethods().methods();
    MethodFiles.write(methods, folder.resolve("eksempel-methods.json"));
    MethodCatalogue catalogue = MethodProviderExamples.withVendorFile(MethodCatalogue.builtIn(), folder);
    assertEquals(methods, catalogue.methods().subList(BUILT_INS, catalogue.methods().size()));
    assertEquals("eksempel-methods.json", catalogue.sourceOf("vendor.eksempel:walkshop"));
    assertEquals(MethodStatus.DRAFT, catalogue.of("vendor.eksempel:walkshop").status());
    assertEquals(List.of(), catalogue.warnings());
  }

  @Test
  void theBuiltInCatalogueOfTheCommandLineHasNoVendorMethods() {
    assertTrue(MethodCatalogue.builtIn().find("vendor.eksempel:walkshop").isEmpty());
  }
}
