package org.folkestyre.core.jurisdiction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.spi.JurisdictionProvider;

/**
 * The provider of the vendor example in {@code docs/jurisdictions.md}: a training jurisdiction
 * "ZZ" that follows Norwegian law and holidays. Keep the two in step.
 */
public final class SandboxJurisdictions implements JurisdictionProvider {
  /** Creates the provider; {@link java.util.ServiceLoader} needs a public no-argument constructor. */
  public SandboxJurisdictions() {}

  @Override
  public List<Jurisdiction> jurisdictions() {
    Jurisdiction norway = Jurisdiction.norway(); // safe while the registry loads
    Map<Concept, LocalizedText> terms = new EnumMap<>(norway.terms());
    terms.put(Concept.MUNICIPALITY, LocalizedText.of(
        "øvingskommune", "øvingskommune", "øvelseskommune", "training municipality"));
    return List.of(Jurisdiction.builder()
        .from(norway)
        .id("ZZ")
        .name(LocalizedText.of("Sandkasse", "Sandkasse", "Sandkasse", "Sandbox"))
        .terms(terms)
        .build());
  }
}
