package org.folkestyre.core.meeting;

import java.util.Optional;
import org.folkestyre.core.committee.Person;
import org.immutables.value.Value;

/**
 * A member's disqualification from one agenda item — ugildhet (NO), inhabilitet (DK): the person,
 * the legal ground, and the body's decision.
 *
 * <p>A disqualified member takes no part in the item and does not vote on it. The body itself
 * decides the question, and the minutes record the decision (kommuneloven § 11-4). This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recusal {
  Recusal() {}

  /**
   * Returns the disqualified member.
   *
   * @return the person
   */
  public abstract Person person();

  /**
   * Returns the legal ground.
   *
   * @return the ground
   */
  public abstract RecusalGround ground();

  /**
   * Returns whether the body decided the question, rather than the member stepping aside unasked.
   *
   * @return true if the body decided
   */
  @Value.Default
  public boolean decidedByBody() {
    return true;
  }

  /**
   * Returns the decision as recorded in the minutes.
   *
   * @return the decision text, such as "Kari Nordmann ble enstemmig erklært inhabil", or empty if
   *     the minutes record none
   */
  public abstract Optional<String> decision();

  /**
   * Obtains a recusal the body decided, with the decision text.
   *
   * @param person the disqualified member
   * @param ground the legal ground
   * @param decision the decision as recorded
   * @return the recusal
   */
  public static Recusal of(Person person, RecusalGround ground, String decision) {
    return builder().person(person).ground(ground).decision(decision).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Recusal normalize() {
    if (decision().isEmpty()) {
      return this;
    }
    String decision = Texts.require("recusal.decision", decision().get());
    return decision.equals(decision().get()) ? this : builder().from(this).decision(decision).build();
  }

  @Override
  public String toString() {
    return person() + " disqualified (" + ground().reference() + ")";
  }

  /** Builds a {@link Recusal}: person and ground are required. */
  public static final class Builder extends ImmutableRecusal.Builder {
    Builder() {}
  }
}
