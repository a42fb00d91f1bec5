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
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
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

  /** The configuration parameter with which this test launches the kits below. */
  private static final String LAUNCHED_HERE = "folkestyre.conformance.samples";

  /**
   * Lets the kits below run only when this test launches them, not when a test filter such as
   * {@code -Dtest='TestMethodProviderConformance*'} picks up the nested classes.
   */
  static final class OnlyWhenLaunchedHere implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(LAUNCHED_HERE).isPresent()
          ? ConditionEvaluationResult.enabled("launched by TestMethodProviderConformance")
          : ConditionEvaluationResult.disabled("a sample of TestMethodProviderConformance, run only by it");
    }
  }

  // The kit applied to each sample.
  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class GoodKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Good();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class UnregisteredKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Unregistered();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class BlankNameKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.BlankName();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class FutureVersionKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.FutureVersion();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class EmptyKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Empty();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class TwiceKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Twice();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class UnstableKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Unstable();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class NotNamespacedKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.NotNamespaced();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class ShadowingKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Shadowing();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class MunicipalKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Municipal();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
  static final class PublishedKit extends MethodProviderConformance {
    @Override
    protected MethodProvider provider() {
      return new SampleProviders.Published();
    }
  }

  @ExtendWith(OnlyWhenLaunchedHere.class)
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
    launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(DiscoverySelectors.selectClass(kit))
            .configurationParameter(LAUNCHED_HERE, "true").build(),
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
