package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.OptionalInt;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A voter in a participatory-budgeting election — velger (NO), vælger (DK), as far as the ballot
 * data describes her.
 *
 * <p>The id is pseudonymous, as in published data; fields the model does not name (such as a
 * Pabulib file's {@code sex} or {@code voting_method}) are kept in {@link #attributes()}. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Voter {
  Voter() {}

  /**
   * Returns the voter's id, unique within the election.
   *
   * @return the id: non-empty, without a comma or a line break
   */
  @Value.Parameter
  public abstract String id();

  /**
   * Returns the district the voter lives in, when known.
   *
   * @return the district, or empty
   */
  @Value.Parameter
  public abstract Optional<String> district();

  /**
   * Returns the voter's age in years, when known.
   *
   * @return the age, 0 to 150, or empty
   */
  @Value.Parameter
  public abstract OptionalInt age();

  /**
   * Returns further named fields of the voter, in the order of the source.
   *
   * @return the attributes: keys and values non-empty
   */
  @Value.Parameter
  public abstract ImmutableMap<String, String> attributes();

  /**
   * Obtains a voter with an id only.
   *
   * @param id the id
   * @return the voter
   * @throws InvalidValueException if the id is not valid
   */
  public static Voter of(String id) {
    return builder().id(id).build();
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
  void check() {
    Ids.checkId("voter.id", id());
    district().ifPresent(d -> Ids.checkText("voter.district", d));
    OptionalInt age = age();
    if (age.isPresent() && (age.getAsInt() < 0 || age.getAsInt() > 150)) {
      throw new InvalidValueException("voter.age", age.getAsInt(), "must be between 0 and 150");
    }
    Ids.checkAttributes("voter.attributes", attributes());
  }

  /** The construction path that keeps an immutable map, validated as the builder validates. */
  static Voter create(String id, Optional<String> district, OptionalInt age, ImmutableMap<String, String> attributes) {
    return ImmutableVoter.of(id, district, age, attributes);
  }

  /** Builds a {@link Voter}. */
  public static final class Builder extends ImmutableVoter.Builder {
    Builder() {}
  }
}
