package org.folkestyre.toolkit.method;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.internal.method.BuiltInMethods;
import org.folkestyre.toolkit.internal.method.CatalogueAssembly;
import org.folkestyre.toolkit.internal.method.ProviderLookup;
import org.folkestyre.toolkit.method.spi.MethodProvider;

/**
 * A catalogue of participation methods — metodekatalog (NO), metodekatalog (DK): the built-in
 * methods, then those of vendors and municipalities, looked up by id.
 *
 * <p>{@link #builtIn()} holds the methods that ship with Folkestyre, drawn from the project's
 * research on participation methods in Norwegian and Danish municipalities, in the order of that
 * research: broad consultation first, then dialogue and co-design, standing bodies, delegated
 * decision and co-production, deliberation and the formal democratic channels.
 *
 * <p>{@link #load()} adds the methods of every {@link MethodProvider} that
 * {@link ServiceLoader} finds, in the manner of {@link java.time.chrono.Chronology}: built-in
 * methods first and never replaced, then the providers in the order of their class names. A
 * provider that fails to load, throws, returns {@code null} or targets a newer SPI version is
 * skipped and never hides the others; a method whose id is a built-in one, that is not a vendor's,
 * or whose id is outside the {@code vendor.} namespace is rejected; a method whose id is already
 * taken is ignored. Each of these is logged through SLF4J at WARN under this class's name and kept
 * in {@link #warnings()}. Vendor methods load as {@link MethodStatus#DRAFT};
 * {@link #publish(MethodPublication)} records a municipality's decision to publish one.
 * {@link #withMethods(String, Iterable)} adds methods from elsewhere by the same rules, and
 * {@link #withMethodsFrom(Path)} those of a versioned JSON method file.
 *
 * <p>This class is immutable and thread-safe; every change returns a new catalogue.
 */
public final class MethodCatalogue {
  /** The source name of the methods that ship with Folkestyre, as {@link #sourceOf(String)} gives it. */
  public static final String BUILT_IN_SOURCE = CatalogueAssembly.BUILT_IN;

  private static final MethodCatalogue BUILT_IN = new MethodCatalogue(
      CatalogueAssembly.ofBuiltIns(BuiltInMethods.methods()), ImmutableMap.of(), ImmutableList.of());

  private final ImmutableList<ParticipationMethod> methods;
  private final ImmutableMap<String, ParticipationMethod> byId;
  private final ImmutableMap<String, String> sourceById;
  private final ImmutableList<String> warnings;
  private final ImmutableMap<String, String> providers;
  private final ImmutableList<MethodPublication> publications;

  private MethodCatalogue(CatalogueAssembly assembly, ImmutableMap<String, String> providers,
      ImmutableList<MethodPublication> publications) {
    this.byId = assembly.methods();
    this.methods = byId.values().asList();
    this.sourceById = assembly.sources();
    this.warnings = assembly.warnings();
    this.providers = providers;
    this.publications = publications;
  }

  /**
   * Returns the built-in catalogue.
   *
   * @return the catalogue of the methods that ship with Folkestyre, always in the same order
   */
  public static MethodCatalogue builtIn() {
    return BUILT_IN;
  }

  /**
   * Builds a catalogue of the built-in methods and those of the providers that
   * {@code ServiceLoader.load(MethodProvider.class)} finds through the current thread's context
   * class loader (and, on the module path, in the modules that provide the service).
   *
   * <p>Each call asks the providers again: build the catalogue once and keep it.
   *
   * @return a new catalogue
   */
  public static MethodCatalogue load() {
    return fromLookup(ProviderLookup.fromServiceLoader(ServiceLoader.load(MethodProvider.class)));
  }

  /**
   * Builds a catalogue of the built-in methods and those of the providers a class loader finds.
   *
   * @param loader the class loader that finds the {@code META-INF/services} entries
   * @return a new catalogue
   */
  public static MethodCatalogue load(ClassLoader loader) {
    Objects.requireNonNull(loader, "loader");
    return fromLookup(ProviderLookup.fromServiceLoader(ServiceLoader.load(MethodProvider.class, loader)));
  }

  /**
   * Builds a catalogue of the built-in methods and those of an explicit list of providers instead
   * of a service loader's, with the same rules: providers in the order of their class names,
   * failures, duplicates and shadowing skipped with warnings.
   *
   * @param providers the providers
   * @return a new catalogue
   */
  public static MethodCatalogue fromProviders(List<? extends MethodProvider> providers) {
    return fromLookup(ProviderLookup.fromProviders(providers));
  }

  private static MethodCatalogue fromLookup(ProviderLookup.Result lookup) {
    CatalogueAssembly assembly = CatalogueAssembly.ofBuiltIns(BUILT_IN.methods);
    assembly.addAll(lookup);
    Map<String, String> providers = new LinkedHashMap<>();
    for (ProviderLookup.Offer offer : lookup.offers()) {
      providers.putIfAbsent(offer.source(), offer.name());
    }
    return new MethodCatalogue(assembly, ImmutableMap.copyOf(providers), ImmutableList.of());
  }

  /**
   * Returns a catalogue with methods from another source added after this one's, by the same rules
   * as a provider's: a method whose id is a built-in one, that claims built-in provenance, or that
   * is a vendor's with an id outside the {@code vendor.} namespace is rejected; one whose id is
   * taken is ignored; a vendor method is a draft. Municipal methods keep their status.
   *
   * @param source a name for the source, used in warnings and {@link #sourceOf(String)}, such as
   *     the name of the file the methods were read from
   * @param extra the methods, in order
   * @return a new catalogue; the warnings for the new methods follow this one's
   */
  public MethodCatalogue withMethods(String source, Iterable<? extends ParticipationMethod> extra) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(extra, "extra");
    if (source.isBlank()) {
      throw new InvalidValueException("source", source, "must not be blank");
    }
    List<ParticipationMethod> copy = new ArrayList<>();
    for (ParticipationMethod method : extra) {
      copy.add(Objects.requireNonNull(method, "extra[]"));
    }
    CatalogueAssembly assembly = new CatalogueAssembly(byId, sourceById, warnings);
    assembly.add(source, false, copy);
    return new MethodCatalogue(assembly, providers, publications);
  }

  /**
   * Returns a catalogue with the methods of a versioned JSON method file added after this one's:
   * the file is read with {@link MethodFiles#read(Path)} and its methods are added with
   * {@link #withMethods(String, Iterable)}, under the file's name as their source. So a vendor's
   * method is a draft until {@link #publish(MethodPublication)}, and a method whose id is a
   * built-in one is rejected with a warning while the file's other methods are added.
   *
   * <p>A file that is not a valid method file adds nothing: it is rejected as a whole. Like
   * {@link MethodFiles}, this method needs {@code com.fasterxml.jackson.core:jackson-databind}.
   *
   * @param file the method file, in UTF-8
   * @return a new catalogue; the warnings for the file's methods follow this one's
   * @throws IOException if the file cannot be read
   * @throws InvalidValueException if the file is not a valid method file, such as malformed JSON
   *     or a schema version newer than {@value ParticipationMethod#SCHEMA_VERSION}; the field
   *     names the file and the JSON path, the value the line and column of malformed JSON
   */
  public MethodCatalogue withMethodsFrom(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    ImmutableList<ParticipationMethod> read = MethodFiles.read(file);
    return withMethods(file.getFileName().toString(), read);
  }

  /**
   * Returns a catalogue in which a municipality has published one of this catalogue's drafts: the
   * method's status becomes {@link MethodStatus#PUBLISHED}, and the publication is kept in
   * {@link #publications()}.
   *
   * @param publication the publication
   * @return a new catalogue
   * @throws InvalidValueException if the catalogue has no method with that id, or the method is
   *     built in or not a draft
   */
  public MethodCatalogue publish(MethodPublication publication) {
    Objects.requireNonNull(publication, "publication");
    ParticipationMethod method = of(publication.methodId());
    if (method.provenance() == Provenance.BUILT_IN) {
      throw new InvalidValueException("method id", method.id(),
          "is a built-in method, published with the library; only vendor and municipal drafts are published");
    }
    if (method.status() != MethodStatus.DRAFT) {
      throw new InvalidValueException("method id", method.id(),
          "has status " + method.status() + "; only a DRAFT can be published");
    }
    Map<String, ParticipationMethod> changed = new LinkedHashMap<>(byId);
    changed.put(method.id(), ParticipationMethod.builder().from(method).status(MethodStatus.PUBLISHED).build());
    return new MethodCatalogue(new CatalogueAssembly(changed, sourceById, warnings), providers,
        ImmutableList.<MethodPublication>builder().addAll(publications).add(publication).build());
  }

  /**
   * Returns the methods in catalogue order.
   *
   * @return the methods, each id once: the built-in ones first
   */
  public ImmutableList<ParticipationMethod> methods() {
    return methods;
  }

  /**
   * Returns the method with an id.
   *
   * @param id the id, such as {@code "dialogue-meeting"}
   * @return the method, or empty if the catalogue has none with that id
   */
  public Optional<ParticipationMethod> find(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Returns the method with an id, which must be in the catalogue.
   *
   * @param id the id, such as {@code "dialogue-meeting"}
   * @return the method
   * @throws InvalidValueException if the catalogue has no method with that id
   */
  public ParticipationMethod of(String id) {
    return find(id).orElseThrow(() -> new InvalidValueException("method id", id,
        "no such method; known ids: " + byId.keySet().stream().collect(Collectors.joining(", "))));
  }

  /**
   * Returns where a method came from.
   *
   * @param id the id of a method in this catalogue
   * @return {@link #BUILT_IN_SOURCE}, the class name of its provider, the source named in
   *     {@link #withMethods(String, Iterable)}, or the name of the file given to
   *     {@link #withMethodsFrom(Path)}
   * @throws InvalidValueException if the catalogue has no method with that id
   */
  public String sourceOf(String id) {
    return sourceById.get(of(id).id());
  }

  /**
   * Returns the providers whose methods were asked for, by class name, in the order they were
   * consulted.
   *
   * @return each provider's {@link MethodProvider#name()} by its class name; empty for
   *     {@link #builtIn()}
   */
  public ImmutableMap<String, String> providers() {
    return providers;
  }

  /**
   * Returns the publications applied to this catalogue, in order.
   *
   * @return the publications
   */
  public ImmutableList<MethodPublication> publications() {
    return publications;
  }

  /**
   * Returns the warnings logged while this catalogue was built, in order: providers skipped and
   * methods rejected, ignored or taken as drafts.
   *
   * @return the warnings, empty when everything loaded cleanly
   */
  public ImmutableList<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "MethodCatalogue[" + methods.size() + " methods, " + providers.size() + " providers]";
  }
}
