package org.folkestyre.toolkit.internal.method;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.spi.MethodProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the {@link MethodProvider}s of a service loader or a list and asks each for its methods, in
 * the manner of SLF4J's provider discovery.
 *
 * <p>Providers are consulted in the order of their class names, because the loader's own order is
 * undefined. Each one is looked up, instantiated, checked and asked for its methods inside its own
 * {@code try}, so a provider that fails is skipped with a warning and never hides the others; its
 * methods are taken all or nothing. Every warning is logged through SLF4J under the name of
 * {@link MethodCatalogue} (the message at WARN, its stack trace at DEBUG) and kept in the result.
 */
public final class ProviderLookup {
  private static final Logger LOG = LoggerFactory.getLogger(MethodCatalogue.class);
  /** Lookup errors tolerated before giving up on a loader that keeps failing. */
  private static final int MAX_LOOKUP_FAILURES = 100;

  private ProviderLookup() {}

  /**
   * The methods one provider offered.
   *
   * @param source the provider's class name
   * @param name the provider's own name
   * @param methods the methods, in the provider's order
   */
  public record Offer(String source, String name, ImmutableList<ParticipationMethod> methods) {}

  /**
   * What a lookup found.
   *
   * @param offers the offers of the providers that worked, in class-name order
   * @param warnings the warnings, in order
   */
  public record Result(ImmutableList<Offer> offers, ImmutableList<String> warnings) {}

  /**
   * Asks the providers a service loader finds. Errors while finding a provider are logged and
   * skipped like errors of the provider itself.
   *
   * @param loader the service loader
   * @return the offers and warnings
   */
  public static Result fromServiceLoader(ServiceLoader<MethodProvider> loader) {
    Objects.requireNonNull(loader, "loader");
    List<String> warnings = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    Iterator<ServiceLoader.Provider<MethodProvider>> found = loader.stream().iterator();
    int failures = 0;
    while (true) {
      ServiceLoader.Provider<MethodProvider> provider;
      try {
        if (!found.hasNext()) {
          break;
        }
        provider = found.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        warn(warnings, "A method provider could not be loaded and was skipped: " + describe(e), e);
        failures++;
        if (failures >= MAX_LOOKUP_FAILURES) {
          warn(warnings, "Gave up looking for method providers after " + failures + " failures", null);
          break;
        }
        continue;
      }
      candidates.add(new Candidate(provider.type().getName(), provider::get));
    }
    return ask(candidates, warnings);
  }

  /**
   * Asks an explicit list of providers, with the same rules as a service loader's.
   *
   * @param providers the providers
   * @return the offers and warnings
   */
  public static Result fromProviders(List<? extends MethodProvider> providers) {
    Objects.requireNonNull(providers, "providers");
    List<Candidate> candidates = new ArrayList<>();
    for (MethodProvider provider : providers) {
      Objects.requireNonNull(provider, "providers[]");
      candidates.add(new Candidate(provider.getClass().getName(), () -> provider));
    }
    return ask(candidates, new ArrayList<>());
  }

  private static Result ask(List<Candidate> candidates, List<String> warnings) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing(Candidate::name));
    List<Offer> offers = new ArrayList<>();
    for (Candidate candidate : sorted) {
      try {
        MethodProvider provider = candidate.factory().get();
        int version = provider.spiVersion();
        if (version < 1 || version > MethodProvider.SPI_VERSION) {
          warn(warnings, "Method provider " + candidate.name() + " targets SPI version " + version
              + " but this library implements versions 1 to " + MethodProvider.SPI_VERSION
              + "; it was skipped", null);
          continue;
        }
        String name = provider.name();
        if (name == null || name.isBlank()) {
          warn(warnings, "Method provider " + candidate.name() + " has no name and was skipped", null);
          continue;
        }
        List<ParticipationMethod> methods = provider.methods();
        if (methods == null) {
          warn(warnings, "Method provider " + candidate.name() + " returned null instead of a list of methods"
              + " and was skipped", null);
          continue;
        }
        offers.add(new Offer(candidate.name(), name.strip(), ImmutableList.copyOf(methods)));
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        warn(warnings, "Method provider " + candidate.name() + " failed and was skipped: " + describe(e), e);
      }
    }
    return new Result(ImmutableList.copyOf(offers), ImmutableList.copyOf(warnings));
  }

  /** Describes an error and, when it wraps one, the error at its root, which usually says why. */
  private static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == error ? error.toString() : error + " (caused by " + root + ")";
  }

  /**
   * Logs a warning and keeps it.
   *
   * @param warnings where the warning is kept
   * @param message the message
   * @param cause the error behind it, whose stack trace is logged at DEBUG, or {@code null}
   */
  static void warn(List<String> warnings, String message, Throwable cause) {
    warnings.add(message);
    LOG.warn(message);
    if (cause != null) {
      LOG.debug("Stack trace of: {}", message, cause);
    }
  }

  /** A provider not yet instantiated, with the name it is sorted and reported by. */
  private record Candidate(String name, Supplier<MethodProvider> factory) {}
}
