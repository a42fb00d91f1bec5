package org.folkestyre.toolkit.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.folkestyre.toolkit.method.spi.MethodProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the conformance kit against a provider that honours the contract, where every check must
 * pass, and against providers that each break one clause, where exactly the checks of that clause
 * must fail.
 */
class TestMethodProviderConformance {
  /** The kit's checks, by method name. */
  private static final Set<String> CHECKS = Arrays.stream(MethodProviderConformance.class.getDeclaredMethods())
      .filter(m -> m.isAnnotationPresent(Test.class)).map(Method::getName)
      .collect(Collectors.toCollection(TreeSet::new));

  // The kit applied to each sample; package-private, so that only this test runs them.
  static final class GoodKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Good();
    }
  }

  static final class UnregisteredKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Unregistered();
    }
  }

  static final class BlankNameKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.BlankName();
    }
  }

  static final class FutureVersionKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.FutureVersion();
    }
  }

  static final class EmptyKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Empty();
    }
  }

  static final class TwiceKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Twice();
    }
  }

  static final class UnstableKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Unstable();
    }
  }

  static final class NotNamespacedKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.NotNamespaced();
    }
  }

  static final class ShadowingKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Shadowing();
    }
  }

  static final class MunicipalKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Municipal();
    }
  }

  static final class PublishedKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Published();
    }
  }

  static final class UntrimmedNameKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.UntrimmedName();
    }
  }

  private static final String LOADS = "loadsWithoutWarnings";
  private static final String SERVICE = "loadsThroughTheServiceLoader";
  private static final String PUBLISH = "eachDraftCanBePublished";

  static Stream<Arguments> samples() {
    return Stream.of(
        Arguments.of(GoodKit.class, Set.of()),
        Arguments.of(UnregisteredKit.class, Set.of(SERVICE)),
        Arguments.of(BlankNameKit.class, Set.of("hasAName", LOADS, SERVICE, PUBLISH)),
        Arguments.of(FutureVersionKit.class, Set.of("targetsASupportedSpiVersion", LOADS, SERVICE, PUBLISH)),
        Arguments.of(EmptyKit.class, Set.of("offersEachMethodOnce")),
        Arguments.of(TwiceKit.class, Set.of("offersEachMethodOnce", LOADS)),
        Arguments.of(UnstableKit.class, Set.of("offersTheSameMethodsOnEveryCall")),
        Arguments.of(NotNamespacedKit.class, Set.of("idsAreInAVendorNamespace", LOADS, SERVICE, PUBLISH)),
        Arguments.of(ShadowingKit.class, Set.of("idsAreInAVendorNamespace", "shadowsNoBuiltInMethod",
            "offersVendorMethods", "offersDrafts", LOADS, SERVICE)),
        Arguments.of(MunicipalKit.class, Set.of("offersVendorMethods", LOADS, SERVICE, PUBLISH)),
        Arguments.of(PublishedKit.class, Set.of("offersDrafts", LOADS)),
        Arguments.of(UntrimmedNameKit.class, Set.of("namesAndSummariesAreInBokmalDanishAndEnglish")));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void theKitFailsExactlyTheChecksASampleBreaks(Class<?> kit, Set<String> expectedFailures) {
    Set<String> passed = new TreeSet<>();
    Set<String> failed = new TreeSet<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(kit)).build(),
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
              String name = ((org.junit.platform.engine.support.descriptor.MethodSource) test.getSource().orElseThrow())
                  .getMethodName();
              (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? passed : failed).add(name);
            }
          }
        });
    assertEquals(new TreeSet<>(expectedFailures), failed, kit.getSimpleName());
    Set<String> all = new TreeSet<>(passed);
    all.addAll(failed);
    assertEquals(CHECKS, all, "every check ran");
  }

  @Test
  void theKitHasAllItsChecks() {
    assertEquals(12, CHECKS.size(), CHECKS.toString());
  }
}
