package org.folkestyre.core.municipality;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The merger that formed a municipality — kommunesammenslåing (NO), kommunesammenlægning (DK):
 * the new Drammen of 1 January 2020 was formed from Drammen, Nedre Eiker and Svelvik.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Merger {
  Merger() {}

  /**
   * Returns the day the merged municipality came into being.
   *
   * @return the effective date
   */
  @Value.Parameter
  public abstract LocalDate effectiveDate();

  /**
   * Returns the former municipalities, at least two, with distinct names and codes.
   *
   * @return the predecessors
   */
  @Value.Parameter
  public abstract ImmutableList<MunicipalityRef> predecessors();

  /**
   * Obtains a merger.
   *
   * @param effectiveDate the day the merged municipality came into being
   * @param predecessors the former municipalities, at least two
   * @return the merger
   * @throws InvalidValueException if fewer than two predecessors are given or two share a name or code
   */
  public static Merger of(LocalDate effectiveDate, List<MunicipalityRef> predecessors) {
    Iterable<MunicipalityRef> refs = predecessors;
    return ImmutableMerger.of(effectiveDate, refs);
  }

  @Value.Check
  void check() {
    if (predecessors().size() < 2) {
      throw new InvalidValueException("merger.predecessors", predecessors(), "a merger needs at least two municipalities");
    }
    Set<String> names = new HashSet<>();
    Set<MunicipalityCode> codes = new HashSet<>();
    for (MunicipalityRef ref : predecessors()) {
      if (!names.add(Names.key(ref.name())) || !codes.add(ref.code())) {
        throw new InvalidValueException("merger.predecessors", ref, "is listed twice");
      }
    }
  }
}
