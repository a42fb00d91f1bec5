package org.folkestyre.core.internal.jurisdiction;

import com.google.common.collect.ImmutableList;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/** The registry of jurisdictions behind {@link Jurisdiction#of(String)}. */
public final class JurisdictionRegistry {
  private static final JurisdictionRegistry INSTANCE = new JurisdictionRegistry();

  private JurisdictionRegistry() {}

  /**
   * Returns the registry.
   *
   * @return the one registry
   */
  public static JurisdictionRegistry instance() {
    return INSTANCE;
  }

  /**
   * Looks up a jurisdiction.
   *
   * @param id the id
   * @return the jurisdiction
   */
  public Jurisdiction of(String id) {
    throw new UnsupportedOperationException("not yet implemented");
  }

  /**
   * Lists the jurisdictions.
   *
   * @return all jurisdictions
   */
  public ImmutableList<Jurisdiction> available() {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
