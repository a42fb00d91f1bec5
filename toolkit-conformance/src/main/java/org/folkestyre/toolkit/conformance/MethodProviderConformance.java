package org.folkestyre.toolkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodPublication;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Provenance;
import org.folkestyre.toolkit.method.spi.MethodProvider;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link MethodProvider}, as JUnit 5 tests — samsvarstest (NO), overensstemmelsestest
 * (DK). A vendor extends this class in its own tests and returns its provider:
 *
 * <pre>{@code
 * class WalkshopMethodsTest extends MethodProviderConformance {
 *   @Override
 *   protected MethodProvider provider() {
 *     return new WalkshopMethods();
 *   }
 * }
 * }</pre>
 *
 * <p>Each test checks one clause of the contract: the provider has a name and targets a supported
 * SPI version; it offers at least one method, each once and the same on every call; every id is in
 * a {@code vendor.} namespace and none is a built-in one; every method is a vendor's and starts as a
 * draft; names and summaries are given in bokmål, Danish and English; the catalogue takes every
 * method without a warning, finds the provider through {@link java.util.ServiceLoader}, and lets a
 * municipality publish each draft. A failure names the provider and the method.
 */
public abstract class MethodProviderConformance {
  private static final MunicipalityCode PUBLISHER = MunicipalityCode.of(Jurisdiction.norway(), "3005");
  private static final List<Language> REQUIRED_LANGUAGES = List.of(Language.NB, Language.DA, Language.EN);

  /** Creates the test; JUnit calls it once per test method. */
  protected MethodProviderConformance() {}

  /**
   * Returns the provider under test, as {@link java.util.ServiceLoader} would create it.
   *
   * @return a provider
   */
  protected abstract MethodProvider provider();

  /**
   * Returns the class loader whose {@code META-INF/services} entries should list the provider;
   * override when the provider is registered with another loader than the one of its class.
   *
   * @return the class loader, by default the provider class's
   */
  protected ClassLoader serviceClassLoader() {
    return provider().getClass().getClassLoader();
  }

  private String label() {
    return provider().getClass().getName();
  }

  private List<ParticipationMethod> methods() {
    List<ParticipationMethod> methods = provider().methods();
    assertNotNull(methods, () -> label() + ".methods() returned null");
    return methods;
  }

  /** The provider names itself, for listings and warnings. */
  @Test
  public void hasAName() {
    String name = provider().name();
    assertNotNull(name, () -> label() + ".name() returned null");
    assertFalse(name.isBlank(), () -> label() + ".name() is blank");
    assertEquals(name.strip(), name, () -> label() + ".name() has surrounding blanks: '" + name + "'");
  }

  /** The provider targets an SPI version this library implements. */
  @Test
  public void targetsASupportedSpiVersion() {
    int version = provider().spiVersion();
    assertTrue(version >= 1 && version <= MethodProvider.SPI_VERSION, () -> label() + " targets SPI version "
        + version + ", but this library implements versions 1 to " + MethodProvider.SPI_VERSION);
  }

  /** The provider offers at least one method, none of them null, each id once. */
  @Test
  public void offersEachMethodOnce() {
    List<ParticipationMethod> methods = methods();
    assertFalse(methods.isEmpty(), () -> label() + " offers no methods");
    Set<String> ids = new HashSet<>();
    for (ParticipationMethod method : methods) {
      assertNotNull(method, () -> label() + ".methods() holds null");
      assertTrue(ids.add(method.id()), () -> label() + " offers '" + method.id() + "' twice");
    }
  }

  /** The provider offers equal methods, in the same order, on every call and from every instance. */
  @Test
  public void offersTheSameMethodsOnEveryCall() {
    MethodProvider provider = provider();
    List<ParticipationMethod> first = provider.methods();
    assertEquals(first, provider.methods(), () -> label() + ".methods() changed between two calls");
    assertEquals(first, provider().methods(), () -> label() + ".methods() differs between two instances");
  }

  /** Every id is in a vendor namespace, such as {@code vendor.example:walkshop}. */
  @Test
  public void idsAreInAVendorNamespace() {
    for (ParticipationMethod method : methods()) {
      assertTrue(method.id().startsWith(MethodProvider.VENDOR_NAMESPACE_PREFIX), () -> label() + " offers '"
          + method.id() + "', which is not in a vendor namespace such as 'vendor.example:"
          + method.id().substring(method.id().indexOf(':') + 1) + "'");
    }
  }

  /** No id is that of a built-in method: a provider adds methods and never replaces one. */
  @Test
  public void shadowsNoBuiltInMethod() {
    for (ParticipationMethod method : methods()) {
      assertTrue(MethodCatalogue.builtIn().find(method.id()).isEmpty(),
          () -> label() + " offers '" + method.id() + "', which is the id of a built-in method");
    }
  }

  /** Every method carries {@link Provenance#VENDOR}. */
  @Test
  public void offersVendorMethods() {
    for (ParticipationMethod method : methods()) {
      assertEquals(Provenance.VENDOR, method.provenance(),
          () -> label() + " offers '" + method.id() + "' with provenance " + method.provenance());
    }
  }

  /** Every method is a {@link MethodStatus#DRAFT} (or withdrawn as {@link MethodStatus#DEPRECATED}). */
  @Test
  public void offersDrafts() {
    for (ParticipationMethod method : methods()) {
      assertTrue(method.status() == MethodStatus.DRAFT || method.status() == MethodStatus.DEPRECATED,
          () -> label() + " offers '" + method.id() + "' as " + method.status()
              + "; only a municipality publishes a vendor's method");
    }
  }

  /** Every name and summary is given, without surrounding blanks, in bokmål, Danish and English. */
  @Test
  public void namesAndSummariesAreInBokmalDanishAndEnglish() {
    for (ParticipationMethod method : methods()) {
      for (Language language : REQUIRED_LANGUAGES) {
        checkText(method, "name", method.names(), language);
        checkText(method, "summary", method.summary(), language);
      }
    }
  }

  private void checkText(ParticipationMethod method, String field, LocalizedText text, Language language) {
    String value = text.get(language);
    assertTrue(value != null && !value.isBlank() && value.strip().equals(value), () -> label() + " offers '"
        + method.id() + "' with the " + field + " '" + value + "' in " + language.tag());
  }

  /** The catalogue takes every method of the provider as it is, without a single warning. */
  @Test
  public void loadsWithoutWarnings() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(List.of(provider()));
    assertEquals(List.of(), catalogue.warnings(), () -> label() + " does not load cleanly");
    for (ParticipationMethod method : methods()) {
      assertEquals(method, catalogue.of(method.id()), () -> label() + "'s '" + method.id() + "' was changed");
      assertEquals(label(), catalogue.sourceOf(method.id()));
    }
  }

  /** {@link MethodCatalogue#load(ClassLoader)} finds the provider, so it is registered. */
  @Test
  public void loadsThroughTheServiceLoader() {
    MethodCatalogue catalogue = MethodCatalogue.load(serviceClassLoader());
    if (!catalogue.providers().containsKey(label())) {
      fail(label() + " was not found through java.util.ServiceLoader: list it in META-INF/services/"
          + MethodProvider.class.getName() + ", or declare 'provides " + MethodProvider.class.getName()
          + " with " + label() + "' in module-info.java; warnings: " + catalogue.warnings());
    }
    for (ParticipationMethod method : methods()) {
      assertEquals(label(), catalogue.sourceOf(method.id()),
          () -> label() + "'s '" + method.id() + "' came from elsewhere");
    }
  }

  /** A municipality can publish each draft, and nothing but its status changes. */
  @Test
  public void eachDraftCanBePublished() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(List.of(provider()));
    for (ParticipationMethod method : methods()) {
      if (method.status() == MethodStatus.DRAFT) {
        ParticipationMethod published = catalogue
            .publish(MethodPublication.of(method.id(), PUBLISHER, LocalDate.of(2026, 1, 1)))
            .of(method.id());
        assertEquals(MethodStatus.PUBLISHED, published.status());
        assertEquals(ParticipationMethod.builder().from(method).status(MethodStatus.PUBLISHED).build(), published,
            () -> label() + "'s '" + method.id() + "' changed on publication");
      }
    }
  }
}
