package org.folkestyre.core.committee;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a member represents, such as "elected, from the main committee for health", "resident" or
 * "association": the basis of the member's seat.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Representation {
  Representation() {}

  /**
   * Returns the kind of representation.
   *
   * @return the kind
   */
  public abstract RepresentationKind kind();

  /**
   * Returns the id of the committee the member comes from, such as a main committee whose member
   * sits on a local committee.
   *
   * @return the committee id, or empty
   */
  public abstract Optional<String> fromCommittee();

  /**
   * Returns a free description, such as the name of an association.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Obtains a representation of a kind with nothing more said.
   *
   * @param kind the kind
   * @return the representation
   */
  public static Representation of(RepresentationKind kind) {
    return builder().kind(kind).build();
  }

  /**
   * Obtains the representation of an elected politician who comes from another committee.
   *
   * @param committeeId the id of the committee the member comes from
   * @return the representation
   */
  public static Representation electedFrom(String committeeId) {
    return builder().kind(RepresentationKind.ELECTED_OFFICIAL).fromCommittee(committeeId).build();
  }

  /**
   * Obtains the representation of an association.
   *
   * @param association the association's name
   * @return the representation
   */
  public static Representation association(String association) {
    return builder().kind(RepresentationKind.ASSOCIATION).description(association).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return kind() + fromCommittee().map(c -> " from " + c).orElse("") + description().map(d -> " (" + d + ")").orElse("");
  }

  /** Builds a {@link Representation}: the kind is required. */
  public static final class Builder extends ImmutableRepresentation.Builder {
    Builder() {}
  }
}
