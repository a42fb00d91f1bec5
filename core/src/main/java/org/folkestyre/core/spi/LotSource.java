package org.folkestyre.core.spi;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Draws lots between tied candidates — loddtrekning (NO), lodtrækning (DK).
 *
 * <p>A seat allocation asks for a lot only when the tie rule leaves more tied lists than seats.
 * It passes the tied names in ascending {@link String#compareTo(String)} order of their NFC form,
 * so the lot never depends on the order in which lists were given; it records every draw in its
 * result. An election authority that draws real lots implements this interface to return the
 * outcome of the physical draw; tests and simulations use {@link #seeded(long)}.
 *
 * <p>This interface is injected, not loaded through {@link java.util.ServiceLoader}.
 */
@FunctionalInterface
public interface LotSource {
  /**
   * Draws one of the tied candidates.
   *
   * @param tiedNames the names of the tied lists or alliances, at least two, sorted as above
   * @return the index of the winner in {@code tiedNames}, from 0 to {@code tiedNames.size() - 1}
   */
  int draw(List<String> tiedNames);

  /**
   * Returns a deterministic lot source for tests and simulations.
   *
   * <p>The source holds one {@code new java.util.SplittableRandom(seed)}; its n-th draw returns
   * that generator's n-th {@code nextInt(tiedNames.size())}. The same seed therefore replays the
   * same lots for the same sequence of ties on every JVM. Each call returns a fresh source; a
   * source is stateful and not thread-safe, so use one per allocation.
   *
   * @param seed the seed
   * @return a new seeded lot source
   */
  static LotSource seeded(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return tiedNames -> {
      Objects.requireNonNull(tiedNames, "tiedNames");
      if (tiedNames.isEmpty()) {
        throw new IllegalArgumentException("tiedNames must not be empty");
      }
      return random.nextInt(tiedNames.size());
    };
  }
}
