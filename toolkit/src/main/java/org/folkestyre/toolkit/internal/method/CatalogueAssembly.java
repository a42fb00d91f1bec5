package org.folkestyre.toolkit.internal.method;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Provenance;
import org.folkestyre.toolkit.method.spi.MethodProvider;

/**
 * The rules by which a catalogue takes in methods from providers and from outside, applied to a
 * working copy of a catalogue's content.
 *
 * <p>A method is rejected, with a warning naming its id and source, when its id is that of a
 * built-in method, when it claims built-in provenance, when a provider's method is not a vendor's,
 * or when a vendor method's id is outside the {@code vendor.} namespace. A method whose id another
 * source took first is ignored with a warning naming both sources. A vendor method that claims to
 * be published or verified is taken as a draft, with a warning: only a municipality publishes.
 */
public final class CatalogueAssembly {
  /** The source name of the methods built into the library. */
  public static final String BUILT_IN = "built-in";

  private final Map<String, ParticipationMethod> methods;
  private final Map<String, String> sources;
  private final List<String> warnings;

  /**
   * Starts from a catalogue's content.
   *
   * @param methods the methods by id, in catalogue order
   * @param sources the source of each method by id
   * @param warnings the warnings so far
   */
  public CatalogueAssembly(Map<String, ParticipationMethod> methods, Map<String, String> sources,
      List<String> warnings) {
    this.methods = new LinkedHashMap<>(methods);
    this.sources = new LinkedHashMap<>(sources);
    this.warnings = new ArrayList<>(warnings);
  }

  /**
   * Starts from the built-in methods.
   *
   * @param builtIns the built-in methods, in catalogue order
   * @return the assembly
   */
  public static CatalogueAssembly ofBuiltIns(List<ParticipationMethod> builtIns) {
    Map<String, ParticipationMethod> methods = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (ParticipationMethod method : builtIns) {
      methods.put(method.id(), method);
      sources.put(method.id(), BUILT_IN);
    }
    return new CatalogueAssembly(methods, sources, List.of());
  }

  /**
   * Adds the lookup's warnings and the methods of its offers, provider by provider.
   *
   * @param lookup the result of a provider lookup
   */
  public void addAll(ProviderLookup.Result lookup) {
    warnings.addAll(lookup.warnings());
    for (ProviderLookup.Offer offer : lookup.offers()) {
      add(offer.source(), true, offer.methods());
    }
  }

  /**
   * Adds methods from one source.
   *
   * @param source the source's name, such as a provider's class name or a file name
   * @param fromProvider whether the source is a {@link MethodProvider}, whose methods must be a
   *     vendor's; otherwise municipal methods are welcome too
   * @param offered the methods, in order
   */
  public void add(String source, boolean fromProvider, Iterable<? extends ParticipationMethod> offered) {
    for (ParticipationMethod method : offered) {
      String id = method.id();
      String taken = sources.get(id);
      if (BUILT_IN.equals(taken)) {
        ProviderLookup.warn(warnings, "Method '" + id + "' from " + source
            + " rejected: it shadows the built-in method of that id", null);
      } else if (method.provenance() == Provenance.BUILT_IN
          || fromProvider && method.provenance() != Provenance.VENDOR) {
        ProviderLookup.warn(warnings, "Method '" + id + "' from " + source + " rejected: its provenance is "
            + method.provenance() + ", but " + (fromProvider ? "a provider's methods are VENDOR methods"
            : "only the library ships BUILT_IN methods"), null);
      } else if (method.provenance() == Provenance.VENDOR
          && !id.startsWith(MethodProvider.VENDOR_NAMESPACE_PREFIX)) {
        ProviderLookup.warn(warnings, "Method '" + id + "' from " + source + " rejected: a vendor method's id"
            + " is in a vendor namespace, such as '" + MethodProvider.VENDOR_NAMESPACE_PREFIX + "example:"
            + id.substring(id.indexOf(':') + 1) + "'", null);
      } else if (taken != null) {
        ProviderLookup.warn(warnings, "Method '" + id + "' from " + source
            + " ignored: the id is already taken by " + taken, null);
      } else {
        methods.put(id, asDraft(method, source));
        sources.put(id, source);
      }
    }
  }

  private ParticipationMethod asDraft(ParticipationMethod method, String source) {
    if (method.provenance() != Provenance.VENDOR
        || method.status() == MethodStatus.DRAFT || method.status() == MethodStatus.DEPRECATED) {
      return method;
    }
    ProviderLookup.warn(warnings, "Method '" + method.id() + "' from " + source + " claims status "
        + method.status() + "; a vendor method is a DRAFT until a municipality publishes it", null);
    return ParticipationMethod.builder().from(method).status(MethodStatus.DRAFT).build();
  }

  /**
   * Returns the methods by id, in catalogue order.
   *
   * @return the methods
   */
  public ImmutableMap<String, ParticipationMethod> methods() {
    return ImmutableMap.copyOf(methods);
  }

  /**
   * Returns the source of each method by id.
   *
   * @return the sources
   */
  public ImmutableMap<String, String> sources() {
    return ImmutableMap.copyOf(sources);
  }

  /**
   * Returns the warnings, in order.
   *
   * @return the warnings
   */
  public ImmutableList<String> warnings() {
    return ImmutableList.copyOf(warnings);
  }
}
