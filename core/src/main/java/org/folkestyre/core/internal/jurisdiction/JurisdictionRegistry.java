package org.folkestyre.core.internal.jurisdiction;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.spi.JurisdictionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of jurisdictions behind {@link Jurisdiction#of(String)}, in the manner of
 * {@link java.time.chrono.Chronology} and SLF4J's provider discovery.
 *
 * <p>The built-in jurisdictions (Norway, Denmark) come first, then those of every
 * {@link JurisdictionProvider} found through {@link ServiceLoader}, consulted in the order of
 * their class names because the loader's own order is undefined. Each provider is looked up,
 * instantiated and asked for its jurisdictions inside its own {@code try}, so a provider that
 * fails is skipped with a warning and never hides the others; its jurisdictions are taken all or
 * nothing. A provider written for another {@link JurisdictionProvider#SPI_VERSION} is used with a
 * warning. A jurisdiction whose id is already taken is ignored with a warning naming the id and
 * both sources. Every warning is logged through SLF4J (the message, which names the error, at
 * WARN; its stack trace at DEBUG) and kept in {@link #warnings()}.
 *
 * <p>The shared registry is built lazily and thread-safely on first use (holder idiom); a
 * registry is immutable once built.
 */
public final class JurisdictionRegistry {
  /** The source name of the jurisdictions built into the library. */
  public static final String BUILT_IN = "built-in";

  private static final Logger LOG = LoggerFactory.getLogger(JurisdictionRegistry.class);
  /** Lookup errors tolerated before giving up on a loader that keeps failing. */
  private static final int MAX_LOOKUP_FAILURES = 100;

  private final ImmutableMap<String, Jurisdiction> byId;
  private final ImmutableMap<String, String> sourceById;
  private final ImmutableList<String> warnings;

  private JurisdictionRegistry(List<Candidate> candidates, List<String> lookupWarnings) {
    List<String> log = new ArrayList<>(lookupWarnings);
    Map<String, Jurisdiction> jurisdictions = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (Jurisdiction builtIn : BuiltInJurisdictions.ALL) {
      jurisdictions.put(builtIn.id(), builtIn);
      sources.put(builtIn.id(), BUILT_IN);
    }
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing(Candidate::name));
    for (Candidate candidate : sorted) {
      List<Jurisdiction> offered;
      try {
        JurisdictionProvider provider = candidate.factory().get();
        int version = provider.spiVersion();
        if (version != JurisdictionProvider.SPI_VERSION) {
          warn(log, "Jurisdiction provider " + candidate.name() + " targets SPI version " + version
              + " but this library implements version " + JurisdictionProvider.SPI_VERSION
              + "; it is used anyway", null);
        }
        offered = ImmutableList.copyOf(provider.jurisdictions());
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        warn(log, "Jurisdiction provider " + candidate.name() + " failed and was skipped: " + e, e);
        continue;
      }
      for (Jurisdiction jurisdiction : offered) {
        String taken = sources.get(jurisdiction.id());
        if (taken != null) {
          warn(log, "Jurisdiction '" + jurisdiction.id() + "' from " + candidate.name()
              + " ignored: the id is already taken by " + taken, null);
        } else {
          jurisdictions.put(jurisdiction.id(), jurisdiction);
          sources.put(jurisdiction.id(), candidate.name());
        }
      }
    }
    this.byId = ImmutableMap.copyOf(jurisdictions);
    this.sourceById = ImmutableMap.copyOf(sources);
    this.warnings = ImmutableList.copyOf(log);
  }

  /**
   * Returns the shared registry: the built-in jurisdictions and those of the providers that
   * {@code ServiceLoader.load(JurisdictionProvider.class)} finds, loaded on first use.
   *
   * @return the shared registry
   * @throws IllegalStateException if called by a provider while the shared registry loads
   */
  public static JurisdictionRegistry instance() {
    JurisdictionRegistry registry = Holder.INSTANCE;
    if (registry == null) {
      // Only the thread that is initialising Holder can see null: a provider called back.
      throw new IllegalStateException("A JurisdictionProvider looked up a jurisdiction while the"
          + " registry was loading; use Jurisdiction.norway() or Jurisdiction.denmark() instead");
    }
    return registry;
  }

  /**
   * Builds a registry from the providers a service loader finds. Errors while finding a provider
   * are logged and skipped like errors of the provider itself.
   *
   * @param loader the service loader
   * @return a new registry
   */
  public static JurisdictionRegistry fromServiceLoader(ServiceLoader<JurisdictionProvider> loader) {
    Objects.requireNonNull(loader, "loader");
    List<String> lookupWarnings = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    Iterator<ServiceLoader.Provider<JurisdictionProvider>> found = loader.stream().iterator();
    int failures = 0;
    while (true) {
      ServiceLoader.Provider<JurisdictionProvider> provider;
      try {
        if (!found.hasNext()) {
          break;
        }
        provider = found.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        warn(lookupWarnings, "A jurisdiction provider could not be loaded and was skipped: " + e, e);
        failures++;
        if (failures >= MAX_LOOKUP_FAILURES) {
          warn(lookupWarnings, "Gave up looking for jurisdiction providers after " + failures
              + " failures", null);
          break;
        }
        continue;
      }
      candidates.add(new Candidate(provider.type().getName(), provider::get));
    }
    return new JurisdictionRegistry(candidates, lookupWarnings);
  }

  /**
   * Builds a registry from an explicit list of providers instead of a service loader, with the
   * same rules: built-ins first, providers in the order of their class names, failures and
   * duplicates skipped with warnings.
   *
   * @param providers the providers
   * @return a new registry
   */
  public static JurisdictionRegistry fromProviders(List<? extends JurisdictionProvider> providers) {
    Objects.requireNonNull(providers, "providers");
    List<Candidate> candidates = new ArrayList<>();
    for (JurisdictionProvider provider : providers) {
      Objects.requireNonNull(provider, "providers[]");
      candidates.add(new Candidate(provider.getClass().getName(), () -> provider));
    }
    return new JurisdictionRegistry(candidates, List.of());
  }

  /**
   * Looks up a jurisdiction by id, ignoring surrounding blanks and case.
   *
   * @param id the id, such as {@code "NO"}, {@code "dk"} or {@code " DK "}
   * @return the jurisdiction
   * @throws InvalidValueException if no jurisdiction has that id; the message lists the ids
   *     that are available
   */
  public Jurisdiction of(String id) {
    Objects.requireNonNull(id, "id");
    Jurisdiction jurisdiction = byId.get(id.trim().toUpperCase(Locale.ROOT));
    if (jurisdiction == null) {
      throw new InvalidValueException(
          "jurisdiction", id, "is not known; available: " + String.join(", ", byId.keySet()));
    }
    return jurisdiction;
  }

  /**
   * Lists the jurisdictions: the built-in ones first, then those of providers.
   *
   * @return all jurisdictions in registry order
   */
  public ImmutableList<Jurisdiction> available() {
    return byId.values().asList();
  }

  /**
   * Returns where a jurisdiction came from.
   *
   * @param jurisdiction the jurisdiction, which must be in this registry
   * @return {@link #BUILT_IN} or the class name of its provider
   * @throws InvalidValueException if the jurisdiction's id is not in this registry
   */
  public String sourceOf(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return sourceById.get(of(jurisdiction.id()).id());
  }

  /**
   * Returns the warnings logged while this registry was built, in order.
   *
   * @return the warnings, empty when every provider loaded cleanly
   */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "JurisdictionRegistry" + byId.keySet();
  }

  private static void warn(List<String> log, String message, Throwable cause) {
    log.add(message);
    LOG.warn(message);
    if (cause != null) {
      LOG.debug("Stack trace of: {}", message, cause);
    }
  }

  /** A provider not yet instantiated, with the name it is sorted and reported by. */
  private record Candidate(String name, Supplier<JurisdictionProvider> factory) {}

  /** Holds the shared registry, so that it is built on first use and exactly once. */
  private static final class Holder {
    static final JurisdictionRegistry INSTANCE =
        fromServiceLoader(ServiceLoader.load(JurisdictionProvider.class));

    private Holder() {}
  }
}
