package org.folkestyre.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.internal.jurisdiction.JurisdictionRegistry;
import org.folkestyre.core.spi.JurisdictionProvider;
import org.junit.jupiter.api.Test;

/**
 * Tests how the registry treats providers: order, failures, duplicates and SPI versions. The
 * providers are handed over explicitly or through a private class loader, so they never reach
 * the shared registry.
 */
class TestJurisdictionRegistry {
  private static final String SERVICE_FILE =
      "META-INF/services/" + JurisdictionProvider.class.getName();

  static Jurisdiction sandbox(String id) {
    return Jurisdiction.builder().from(Jurisdiction.norway()).id(id).build();
  }

  private static List<String> ids(JurisdictionRegistry registry) {
    return registry.available().stream().map(Jurisdiction::id).collect(Collectors.toList());
  }

  private static boolean anyWarning(JurisdictionRegistry registry, String... parts) {
    return registry.warnings().stream()
        .anyMatch(w -> List.of(parts).stream().allMatch(w::contains));
  }

  // ---------------------------------------------------------------------------------------------
  // Test providers; public with a public constructor, as ServiceLoader needs.

  /** Adds ZY. */
  public static final class Good implements JurisdictionProvider {
    @Override
    public List<Jurisdiction> jurisdictions() {
      return List.of(sandbox("ZY"));
    }
  }

  /** Fails when asked. */
  public static final class Broken implements JurisdictionProvider {
    @Override
    public List<Jurisdiction> jurisdictions() {
      throw new IllegalStateException("broken on purpose");
    }
  }

  /** Returns null instead of a list. */
  public static final class ReturnsNull implements JurisdictionProvider {
    @Override
    public List<Jurisdiction> jurisdictions() {
      return null;
    }
  }

  /** Cannot even be constructed. */
  public static final class ThrowingConstructor implements JurisdictionProvider {
    /** Always throws. */
    public ThrowingConstructor() {
      throw new IllegalStateException("cannot construct on purpose");
    }

    @Override
    public List<Jurisdiction> jurisdictions() {
      return List.of();
    }
  }

  /** Claims Norway's id, and adds ZX. */
  public static final class SecondNorway implements JurisdictionProvider {
    @Override
    public List<Jurisdiction> jurisdictions() {
      return List.of(sandbox("NO"), sandbox("ZX"));
    }
  }

  /** Adds ZW; sorts before {@link ZzzAlsoZw}. */
  public static final class AaaZw implements JurisdictionProvider {
    @Override
    public List<Jurisdiction> jurisdictions() {
      return List.of(sandbox("ZW"));
    }
  }

  /** Also adds ZW, with another name; sorts after {@link AaaZw}. */
  public static final class ZzzAlsoZw implements JurisdictionProvider {
    @Override
    public List<Jurisdiction> jurisdictions() {
      return List.of(Jurisdiction.builder().from(sandbox("ZW"))
          .name(LocalizedText.ofAll("Second")).build());
    }
  }

  /** Written for a future SPI version. */
  public static final class FutureVersion implements JurisdictionProvider {
    @Override
    public List<Jurisdiction> jurisdictions() {
      return List.of(sandbox("ZV"));
    }

    @Override
    public int spiVersion() {
      return JurisdictionProvider.SPI_VERSION + 1;
    }
  }

  // ---------------------------------------------------------------------------------------------

  @Test
  void withoutProvidersOnlyTheBuiltInsAreAvailable() {
    JurisdictionRegistry registry = JurisdictionRegistry.fromProviders(List.of());
    assertEquals(List.of("NO", "DK"), ids(registry));
    assertEquals(List.of(), registry.warnings());
    assertSame(Jurisdiction.norway(), registry.of("no"));
    assertEquals(JurisdictionRegistry.BUILT_IN, registry.sourceOf(Jurisdiction.denmark()));
  }

  @Test
  void theSharedRegistryStartsWithTheBuiltIns() {
    List<String> ids = ids(JurisdictionRegistry.instance());
    assertEquals(List.of("NO", "DK"), ids.subList(0, 2));
    assertSame(JurisdictionRegistry.instance(), JurisdictionRegistry.instance());
  }

  @Test
  void providersComeAfterTheBuiltInsInClassNameOrder() {
    JurisdictionRegistry registry =
        JurisdictionRegistry.fromProviders(List.of(new Good(), new AaaZw(), new FutureVersion()));
    assertEquals(List.of("NO", "DK", "ZW", "ZV", "ZY"), ids(registry));
    assertEquals(Good.class.getName(), registry.sourceOf(registry.of("zy")));
  }

  @Test
  void aBrokenProviderDoesNotHideAGoodOne() {
    JurisdictionRegistry registry = JurisdictionRegistry.fromProviders(
        List.of(new Good(), new Broken(), new ReturnsNull()));
    assertEquals(List.of("NO", "DK", "ZY"), ids(registry));
    assertTrue(anyWarning(registry, Broken.class.getName(), "broken on purpose"),
        registry.warnings().toString());
    assertTrue(anyWarning(registry, ReturnsNull.class.getName(), "skipped"),
        registry.warnings().toString());
    assertEquals(2, registry.warnings().size(), registry.warnings().toString());
  }

  @Test
  void aDuplicateOfABuiltInIsIgnoredNamingBothSources() {
    JurisdictionRegistry registry = JurisdictionRegistry.fromProviders(List.of(new SecondNorway()));
    assertEquals(List.of("NO", "DK", "ZX"), ids(registry));
    assertSame(Jurisdiction.norway(), registry.of("NO"));
    assertTrue(anyWarning(registry, "'NO'", SecondNorway.class.getName(), "built-in"),
        registry.warnings().toString());
  }

  @Test
  void aDuplicateBetweenProvidersKeepsTheFirstByClassName() {
    JurisdictionRegistry registry =
        JurisdictionRegistry.fromProviders(List.of(new ZzzAlsoZw(), new AaaZw()));
    assertEquals(List.of("NO", "DK", "ZW"), ids(registry));
    assertEquals(AaaZw.class.getName(), registry.sourceOf(registry.of("ZW")));
    assertEquals("Norway", registry.of("ZW").name().get(Language.EN));
    assertTrue(anyWarning(registry, "'ZW'", ZzzAlsoZw.class.getName(), AaaZw.class.getName()),
        registry.warnings().toString());
  }

  @Test
  void anotherSpiVersionIsUsedWithAWarning() {
    JurisdictionRegistry registry = JurisdictionRegistry.fromProviders(List.of(new FutureVersion()));
    assertEquals(List.of("NO", "DK", "ZV"), ids(registry));
    assertTrue(anyWarning(registry, FutureVersion.class.getName(), "SPI version 2", "version 1"),
        registry.warnings().toString());
  }

  @Test
  void unknownIdsListWhatIsAvailable() {
    JurisdictionRegistry registry = JurisdictionRegistry.fromProviders(List.of(new Good()));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> registry.of("se"));
    assertEquals("Invalid jurisdiction 'se': is not known; available: NO, DK, ZY", e.getMessage());
  }

  @Test
  void serviceLoaderFailuresAreSkipped() {
    ClassLoader loader = new ClassLoader(TestJurisdictionRegistry.class.getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        if (name.equals(SERVICE_FILE)) {
          URL providers = TestJurisdictionRegistry.class.getResource("jurisdiction-providers.txt");
          return Collections.enumeration(List.of(providers));
        }
        return super.getResources(name);
      }
    };
    JurisdictionRegistry registry = JurisdictionRegistry.fromServiceLoader(
        ServiceLoader.load(JurisdictionProvider.class, loader));
    String warnings = registry.warnings().toString();
    assertEquals(List.of("NO", "DK", "ZZ", "ZX"), ids(registry), warnings);
    assertEquals(SandboxJurisdictions.class.getName(), registry.sourceOf(registry.of("zz")));
    assertEquals("øvingskommune", registry.of("ZZ").term(Concept.MUNICIPALITY,
        Language.NB));
    assertTrue(anyWarning(registry, "NoSuchProvider"), warnings);
    assertTrue(anyWarning(registry, TestJurisdictionRegistry.class.getName() + " not a subtype"),
        warnings);
    assertTrue(anyWarning(registry, ThrowingConstructor.class.getName()), warnings);
    assertTrue(anyWarning(registry, "'NO'", SecondNorway.class.getName(), "built-in"), warnings);
  }
}
