package org.folkestyre.toolkit.method.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Collectors;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Provenance;
import org.junit.jupiter.api.Test;

/**
 * Tests how a catalogue treats method providers: order, failures of every kind, duplicates,
 * shadowing of built-in methods, SPI versions and drafts. The providers are those of
 * {@link SampleProviders}, registered in the test class path's {@code META-INF/services} or handed
 * over explicitly.
 */
class TestMethodProvider {
  private static final String SERVICE_FILE = "META-INF/services/" + MethodProvider.class.getName();
  private static final int BUILT_INS = MethodCatalogue.builtIn().methods().size();

  private static List<String> vendorIds(MethodCatalogue catalogue) {
    List<ParticipationMethod> methods = catalogue.methods();
    return methods.subList(BUILT_INS, methods.size()).stream().map(ParticipationMethod::id)
        .collect(Collectors.toList());
  }

  private static boolean anyWarning(MethodCatalogue catalogue, String... parts) {
    return catalogue.warnings().stream().anyMatch(w -> List.of(parts).stream().allMatch(w::contains));
  }

  private static String name(Class<?> type) {
    return type.getName();
  }

  // ---------------------------------------------------------------------------------------------
  // The class path: good and broken providers together

  @Test
  void theClassPathsBrokenProvidersNeverStopTheCatalogueFromLoading() {
    MethodCatalogue catalogue = MethodCatalogue.load();
    String warnings = String.join("\n", catalogue.warnings());
    assertEquals(MethodCatalogue.builtIn().methods(), catalogue.methods().subList(0, BUILT_INS));
    assertEquals(List.of("vendor.alpha:walkshop", "vendor.alpha:kitchen-table", "vendor.beta:street-poll",
        "vendor.misbehaving:claims-published", "vendor.misbehaving:fine"), vendorIds(catalogue), warnings);
    assertTrue(anyWarning(catalogue, "NoSuchProvider", "could not be loaded"), warnings);
    assertTrue(anyWarning(catalogue, name(SampleProviders.NotAProvider.class) + " not a subtype"), warnings);
    assertTrue(anyWarning(catalogue, name(SampleProviders.ThrowingConstructor.class), "skipped",
        "cannot construct on purpose"), warnings);
    assertTrue(anyWarning(catalogue, name(SampleProviders.ThrowingMethods.class), "skipped",
        "broken on purpose"), warnings);
    assertTrue(anyWarning(catalogue, name(SampleProviders.NullMethods.class), "returned null", "skipped"),
        warnings);
    assertTrue(anyWarning(catalogue, name(SampleProviders.FutureVersion.class), "SPI version 2", "skipped"),
        warnings);
    assertEquals(11, catalogue.warnings().size(), warnings);
    assertEquals(List.of(name(SampleProviders.AlphaMethods.class), name(SampleProviders.BetaMethods.class),
        name(SampleProviders.MisbehavingMethods.class)), catalogue.providers().keySet().asList());
    assertEquals("Alpha Medvirkning AS", catalogue.providers().get(name(SampleProviders.AlphaMethods.class)));
  }

  @Test
  void theBuiltInCatalogueNeverAsksProviders() {
    assertEquals(List.of(), vendorIds(MethodCatalogue.builtIn()));
    assertEquals(List.of(), MethodCatalogue.builtIn().warnings());
    assertTrue(MethodCatalogue.builtIn().providers().isEmpty());
  }

  @Test
  void aClassLoaderWithoutProvidersGivesTheBuiltIns() {
    ClassLoader hiding = new ClassLoader(TestMethodProvider.class.getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals(SERVICE_FILE) ? Collections.emptyEnumeration() : super.getResources(name);
      }
    };
    MethodCatalogue catalogue = MethodCatalogue.load(hiding);
    assertEquals(MethodCatalogue.builtIn().methods(), catalogue.methods());
    assertEquals(List.of(), catalogue.warnings());
  }

  @Test
  void anExplicitClassLoaderFindsTheRegisteredProviders() {
    MethodCatalogue catalogue = MethodCatalogue.load(TestMethodProvider.class.getClassLoader());
    assertEquals(MethodCatalogue.load().methods(), catalogue.methods());
  }

  // ---------------------------------------------------------------------------------------------
  // Order and duplicates

  @Test
  void providersFollowTheBuiltInsInClassNameOrder() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(
        List.of(new SampleProviders.BetaMethods(), new SampleProviders.AlphaMethods()));
    assertEquals(List.of("vendor.alpha:walkshop", "vendor.alpha:kitchen-table", "vendor.beta:street-poll"),
        vendorIds(catalogue));
    assertEquals(name(SampleProviders.AlphaMethods.class), catalogue.sourceOf("vendor.alpha:walkshop"));
    assertEquals(name(SampleProviders.BetaMethods.class), catalogue.sourceOf("vendor.beta:street-poll"));
    assertEquals(MethodCatalogue.BUILT_IN_SOURCE, catalogue.sourceOf("dialogue-meeting"));
  }

  @Test
  void theOrderOfTheProvidersHandedOverNeverMatters() {
    List<MethodProvider> providers = List.of(new SampleProviders.AlphaMethods(), new SampleProviders.BetaMethods(),
        new SampleProviders.MisbehavingMethods(), new SampleProviders.FutureVersion(),
        new SampleProviders.NullMethods(), new SampleProviders.ThrowingMethods(), new SampleProviders.Nameless());
    MethodCatalogue expected = MethodCatalogue.fromProviders(providers);
    PropertyCheck.forAll("any order of providers", 2026L, 50, providers.size(), (random, size) -> {
      List<MethodProvider> shuffled = new ArrayList<>(providers);
      for (int i = shuffled.size() - 1; i > 0; i--) {
        Collections.swap(shuffled, i, random.nextInt(i + 1));
      }
      return shuffled;
    }, shuffled -> {
      MethodCatalogue catalogue = MethodCatalogue.fromProviders(shuffled);
      assertEquals(expected.methods(), catalogue.methods());
      assertEquals(expected.warnings(), catalogue.warnings());
    });
  }

  @Test
  void aDuplicateBetweenProvidersKeepsTheFirstByClassNameAndNamesBoth() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(
        List.of(new SampleProviders.BetaMethods(), new SampleProviders.AlphaMethods()));
    assertEquals(MethodCatalogue.builtIn().of("public-meeting").groupSize(),
        catalogue.of("vendor.alpha:walkshop").groupSize(), "Alpha's walkshop, not Beta's");
    assertTrue(anyWarning(catalogue, "'vendor.alpha:walkshop'", "from " + name(SampleProviders.BetaMethods.class),
        "ignored", "already taken by " + name(SampleProviders.AlphaMethods.class)), catalogue.warnings().toString());
    assertEquals(1, catalogue.warnings().size(), catalogue.warnings().toString());
  }

  // ---------------------------------------------------------------------------------------------
  // What a provider's methods must be

  @Test
  void aMethodThatShadowsABuiltInIsRejectedByName() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(List.of(new SampleProviders.MisbehavingMethods()));
    assertSame(MethodCatalogue.builtIn().of("dialogue-meeting"), catalogue.of("dialogue-meeting"));
    assertEquals(MethodCatalogue.BUILT_IN_SOURCE, catalogue.sourceOf("dialogue-meeting"));
    assertTrue(anyWarning(catalogue, "'dialogue-meeting'", name(SampleProviders.MisbehavingMethods.class),
        "rejected", "shadows the built-in method"), catalogue.warnings().toString());
  }

  @Test
  void aProvidersMethodMustBeAVendorMethodInTheVendorNamespace() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(List.of(new SampleProviders.MisbehavingMethods()));
    assertTrue(catalogue.find("misbehaving-own").isEmpty());
    assertTrue(anyWarning(catalogue, "'misbehaving-own'", "rejected", "provenance is BUILT_IN",
        "a provider's methods are VENDOR methods"), catalogue.warnings().toString());
    assertTrue(catalogue.find("kommune.oslo:dialogue").isEmpty());
    assertTrue(anyWarning(catalogue, "'kommune.oslo:dialogue'", "rejected", "vendor namespace",
        "'vendor.example:dialogue'"), catalogue.warnings().toString());
    assertEquals(List.of("vendor.misbehaving:claims-published", "vendor.misbehaving:fine"), vendorIds(catalogue));
    assertEquals(4, catalogue.warnings().size(), catalogue.warnings().toString());
  }

  @Test
  void aVendorMethodLoadsAsADraftWhateverItClaims() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(List.of(new SampleProviders.MisbehavingMethods()));
    ParticipationMethod method = catalogue.of("vendor.misbehaving:claims-published");
    assertEquals(MethodStatus.DRAFT, method.status());
    assertEquals(Provenance.VENDOR, method.provenance());
    assertTrue(anyWarning(catalogue, "'vendor.misbehaving:claims-published'", "claims status PUBLISHED",
        "DRAFT until a municipality publishes it"), catalogue.warnings().toString());
    for (ParticipationMethod loaded : MethodCatalogue.load().methods()) {
      if (loaded.provenance() == Provenance.VENDOR) {
        assertEquals(MethodStatus.DRAFT, loaded.status(), loaded.id());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Broken providers, one at a time

  @Test
  void aProviderThatThrowsIsSkippedAndHidesNoOther() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(
        List.of(new SampleProviders.ThrowingMethods(), new SampleProviders.AlphaMethods()));
    assertEquals(List.of("vendor.alpha:walkshop", "vendor.alpha:kitchen-table"), vendorIds(catalogue));
    assertEquals(List.of("Method provider " + name(SampleProviders.ThrowingMethods.class)
        + " failed and was skipped: java.lang.IllegalStateException: broken on purpose"), catalogue.warnings());
  }

  @Test
  void aProviderThatReturnsNullIsSkippedAndHidesNoOther() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(
        List.of(new SampleProviders.NullMethods(), new SampleProviders.AlphaMethods()));
    assertEquals(List.of("vendor.alpha:walkshop", "vendor.alpha:kitchen-table"), vendorIds(catalogue));
    assertEquals(List.of("Method provider " + name(SampleProviders.NullMethods.class)
        + " returned null instead of a list of methods and was skipped"), catalogue.warnings());
  }

  @Test
  void aProviderWithoutANameIsSkipped() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(
        List.of(new SampleProviders.Nameless(), new SampleProviders.AlphaMethods()));
    assertTrue(catalogue.find("vendor.nameless:method").isEmpty());
    assertEquals(List.of("Method provider " + name(SampleProviders.Nameless.class)
        + " has no name and was skipped"), catalogue.warnings());
  }

  @Test
  void aProviderForANewerSpiVersionIsSkippedWithAWarning() {
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(List.of(new SampleProviders.FutureVersion()));
    assertEquals(List.of(), vendorIds(catalogue));
    assertEquals(List.of("Method provider " + name(SampleProviders.FutureVersion.class)
        + " targets SPI version 2 but this library implements versions 1 to 1; it was skipped"),
        catalogue.warnings());
  }

  @Test
  void aProviderForAVersionBelowOneIsSkipped() {
    MethodProvider zero = new MethodProvider() {
      @Override
      public String name() {
        return "Zero";
      }

      @Override
      public List<ParticipationMethod> methods() {
        return List.of(SampleProviders.vendorMethod("vendor.zero:method", "survey"));
      }

      @Override
      public int spiVersion() {
        return 0;
      }
    };
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(List.of(zero));
    assertEquals(List.of(), vendorIds(catalogue));
    assertTrue(anyWarning(catalogue, "targets SPI version 0", "skipped"), catalogue.warnings().toString());
  }

  @Test
  void aProviderWhoseListHoldsANullIsSkippedWhole() {
    MethodProvider holey = new MethodProvider() {
      @Override
      public String name() {
        return "Holey";
      }

      @Override
      public List<ParticipationMethod> methods() {
        return java.util.Arrays.asList(SampleProviders.vendorMethod("vendor.holey:method", "survey"), null);
      }
    };
    MethodCatalogue catalogue = MethodCatalogue.fromProviders(List.of(holey));
    assertEquals(List.of(), vendorIds(catalogue));
    assertTrue(anyWarning(catalogue, "failed and was skipped", "NullPointerException"),
        catalogue.warnings().toString());
  }
}
