package org.folkestyre.toolkit.method.spi;

import java.util.List;
import org.folkestyre.toolkit.method.ParticipationMethod;

/**
 * A source of participation methods beyond the built-in ones — a vendor's methods
 * (leverandørens metoder), found through {@link java.util.ServiceLoader}.
 *
 * <p>{@link org.folkestyre.toolkit.method.MethodCatalogue#load()} instantiates each provider and
 * calls {@link #methods()} once per catalogue it builds. The methods must carry
 * {@link org.folkestyre.toolkit.method.Provenance#VENDOR} and an id in a vendor namespace, such as
 * {@code vendor.example:walkshop} (see {@link #VENDOR_NAMESPACE_PREFIX}); they load as
 * {@link org.folkestyre.toolkit.method.MethodStatus#DRAFT} until a municipality publishes them.
 * Built-in methods come first and cannot be replaced: a method whose id is a built-in one is
 * rejected, and one whose id another provider took first is ignored, each with a warning naming
 * both sources. Providers are consulted in the order of their class names; one that fails to load,
 * throws, or returns {@code null} is skipped with a warning and never hides the others.
 *
 * <p>On the class path, list the implementation in
 * {@code META-INF/services/org.folkestyre.toolkit.method.spi.MethodProvider}; on the module path,
 * declare {@code provides org.folkestyre.toolkit.method.spi.MethodProvider with ...} in the
 * vendor's module. Either way the class needs a public no-argument constructor (or, on the module
 * path, a public static {@code provider()} method). Implementations must be thread-safe.
 */
public interface MethodProvider {
  /** The version of this interface that the library implements. */
  int SPI_VERSION = 1;

  /** The start of every vendor method's id: {@code vendor.<name>:<method>}. */
  String VENDOR_NAMESPACE_PREFIX = "vendor.";

  /**
   * Returns the provider's name, shown next to its class name in warnings and listings.
   *
   * @return a short, non-blank name, such as the vendor's: {@code "Eksempel Medvirkning AS"}
   */
  String name();

  /**
   * Returns the methods this provider adds, in the order the vendor wants them listed.
   *
   * @return the methods, each with a unique vendor-namespaced id and {@code VENDOR} provenance;
   *     the same methods on every call
   */
  List<ParticipationMethod> methods();

  /**
   * Returns the version of this interface the provider was written for. The catalogue skips, with
   * a warning, a provider that targets a newer version than {@link #SPI_VERSION} or a version
   * below 1.
   *
   * @return the SPI version, {@code 1} unless overridden
   */
  default int spiVersion() {
    return SPI_VERSION;
  }
}
