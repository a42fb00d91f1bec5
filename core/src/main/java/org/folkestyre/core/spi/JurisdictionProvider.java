package org.folkestyre.core.spi;

import java.util.List;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * A source of jurisdictions beyond the built-in Norway and Denmark, found through
 * {@link java.util.ServiceLoader}.
 *
 * <p>The registry calls {@link #jurisdictions()} once, the first time any jurisdiction is looked
 * up. Built-in jurisdictions come first; a provider's jurisdiction whose id is already taken is
 * ignored with a warning naming both; a provider that fails to load or throws is skipped with a
 * warning and never hides the others. Providers are consulted in the order of their class names.
 */
public interface JurisdictionProvider {
  /** The version of this interface that the library implements. */
  int SPI_VERSION = 1;

  /**
   * Returns the jurisdictions this provider adds.
   *
   * @return the jurisdictions, each with a unique id
   */
  List<Jurisdiction> jurisdictions();

  /**
   * Returns the version of this interface the provider was written for; the registry warns
   * when it differs from {@link #SPI_VERSION}.
   *
   * @return the SPI version, {@code 1} unless overridden
   */
  default int spiVersion() {
    return SPI_VERSION;
  }
}
