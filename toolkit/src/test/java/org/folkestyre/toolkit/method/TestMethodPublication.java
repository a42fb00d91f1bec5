package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.toolkit.method.spi.MethodProvider;
import org.junit.jupiter.api.Test;

/** Tests drafts and their publication by a municipality. */
class TestMethodPublication {
  private static final MunicipalityCode DRAMMEN = MunicipalityCode.of(Jurisdiction.norway(), "3005");
  private static final MunicipalityCode HOLBAEK = MunicipalityCode.of(Jurisdiction.denmark(), "316");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  static ParticipationMethod vendorMethod(String id, String basedOn, MethodStatus status) {
    return ParticipationMethod.builder().from(MethodCatalogue.builtIn().of(basedOn))
        .id(id).provenance(Provenance.VENDOR).status(status).build();
  }

  /** Offers a draft walkshop and a withdrawn method. */
  public static final class WalkshopProvider implements MethodProvider {
    @Override
    public String name() {
      return "Gåtur AS";
    }

    @Override
    public List<ParticipationMethod> methods() {
      return List.of(vendorMethod("vendor.gatur:walkshop", "public-meeting", MethodStatus.DRAFT),
          vendorMethod("vendor.gatur:old-walk", "public-meeting", MethodStatus.DEPRECATED));
    }
  }

  private final MethodCatalogue loaded = MethodCatalogue.fromProviders(List.of(new WalkshopProvider()));

  @Test
  void aPublishedDraftBecomesPublishedInTheNewCatalogueOnly() {
    MethodPublication publication = MethodPublication.of("vendor.gatur:walkshop", DRAMMEN, DAY);
    MethodCatalogue published = loaded.publish(publication);
    assertEquals(MethodStatus.PUBLISHED, published.of("vendor.gatur:walkshop").status());
    assertEquals(MethodStatus.DRAFT, loaded.of("vendor.gatur:walkshop").status());
    assertEquals(List.of(publication), published.publications());
    assertEquals(List.of(), loaded.publications());
    assertEquals(loaded.methods().size(), published.methods().size());
    assertEquals(loaded.methods().indexOf(loaded.of("vendor.gatur:walkshop")),
        published.methods().indexOf(published.of("vendor.gatur:walkshop")));
    assertEquals(WalkshopProvider.class.getName(), published.sourceOf("vendor.gatur:walkshop"));
    assertEquals(loaded.providers(), published.providers());
  }

  @Test
  void publishingChangesNothingButTheStatus() {
    MethodCatalogue published = loaded.publish(MethodPublication.of("vendor.gatur:walkshop", HOLBAEK, DAY));
    assertEquals(ParticipationMethod.builder().from(loaded.of("vendor.gatur:walkshop"))
        .status(MethodStatus.PUBLISHED).build(), published.of("vendor.gatur:walkshop"));
  }

  @Test
  void aReloadedCatalogueIsADraftAgainUntilThePublicationIsApplied() {
    MethodPublication publication = MethodPublication.of("vendor.gatur:walkshop", DRAMMEN, DAY);
    loaded.publish(publication);
    MethodCatalogue reloaded = MethodCatalogue.fromProviders(List.of(new WalkshopProvider()));
    assertEquals(MethodStatus.DRAFT, reloaded.of("vendor.gatur:walkshop").status());
    assertEquals(MethodStatus.PUBLISHED, reloaded.publish(publication).of("vendor.gatur:walkshop").status());
  }

  @Test
  void aDeprecatedVendorMethodStaysDeprecatedAndCannotBePublished() {
    assertEquals(MethodStatus.DEPRECATED, loaded.of("vendor.gatur:old-walk").status());
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> loaded.publish(MethodPublication.of("vendor.gatur:old-walk", DRAMMEN, DAY)));
    assertEquals("Invalid method id 'vendor.gatur:old-walk': has status DEPRECATED; only a DRAFT can be"
        + " published", e.getMessage());
  }

  @Test
  void aMethodCannotBePublishedTwice() {
    MethodCatalogue published = loaded.publish(MethodPublication.of("vendor.gatur:walkshop", DRAMMEN, DAY));
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> published.publish(MethodPublication.of("vendor.gatur:walkshop", DRAMMEN, DAY.plusDays(1))));
    assertTrue(e.getMessage().contains("has status PUBLISHED"), e.getMessage());
  }

  @Test
  void aBuiltInMethodIsPublishedWithTheLibrary() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> loaded.publish(MethodPublication.of("dialogue-meeting", DRAMMEN, DAY)));
    assertEquals("dialogue-meeting", e.value());
    assertTrue(e.getMessage().contains("is a built-in method"), e.getMessage());
  }

  @Test
  void anUnknownMethodCannotBePublished() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> loaded.publish(MethodPublication.of("vendor.gatur:no-such-walk", DRAMMEN, DAY)));
    assertTrue(e.getMessage().startsWith("Invalid method id 'vendor.gatur:no-such-walk': no such method"),
        e.getMessage());
  }

  @Test
  void aPublicationNamesAMethod() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> MethodPublication.of(" ", DRAMMEN, DAY));
    assertEquals("methodId", e.field());
    assertThrows(NullPointerException.class, () -> MethodPublication.of("vendor.gatur:walkshop", null, DAY));
    assertSame(DRAMMEN, MethodPublication.of("vendor.gatur:walkshop", DRAMMEN, DAY).municipality());
  }
}
