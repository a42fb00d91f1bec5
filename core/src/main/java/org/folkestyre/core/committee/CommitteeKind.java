package org.folkestyre.core.committee;

import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A kind of municipal body in a jurisdiction, such as the Norwegian formannskap or the Danish
 * økonomiudvalg, with its names in four languages and its legal status.
 *
 * <p>The built-in kinds are constants of {@link CommitteeKinds}; a vendor adding a jurisdiction
 * defines its own with {@link #of}. Two kinds are equal when their ids are. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommitteeKind {
  CommitteeKind() {}

  /**
   * Returns the stable id, prefixed by the jurisdiction.
   *
   * @return the id, such as {@code "NO-EXECUTIVE"}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the id of the jurisdiction the kind belongs to.
   *
   * @return the jurisdiction id, such as {@code "NO"}
   */
  @Value.Parameter
  @Value.Auxiliary
  public abstract String jurisdictionId();

  /**
   * Returns the kind's name in every language.
   *
   * @return the names, such as formannskap / formannskap / økonomiudvalg (norsk: formannskap) / executive committee
   */
  @Value.Parameter
  @Value.Auxiliary
  public abstract LocalizedText names();

  /**
   * Returns whether bodies of this kind are elected bodies — folkevalgt organ (NO).
   *
   * @return true for an elected body
   */
  @Value.Parameter
  @Value.Auxiliary
  public abstract boolean isElectedBody();

  /**
   * Returns whether bodies of this kind may take decisions, rather than only advise or prepare.
   *
   * @return true if the body has decision power
   */
  @Value.Parameter
  @Value.Auxiliary
  public abstract boolean hasDecisionPower();

  /**
   * Obtains a kind.
   *
   * @param id the stable id, prefixed by the jurisdiction id
   * @param jurisdictionId the jurisdiction id
   * @param names the names in every language
   * @param electedBody whether it is an elected body
   * @param decisionPower whether it may take decisions
   * @return the kind
   */
  public static CommitteeKind of(
      String id, String jurisdictionId, LocalizedText names, boolean electedBody, boolean decisionPower) {
    return ImmutableCommitteeKind.of(id, jurisdictionId, names, electedBody, decisionPower);
  }

  @Override
  public String toString() {
    return id();
  }
}
