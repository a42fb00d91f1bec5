package org.folkestyre.core.committee;

import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A person's seat on a committee: role, deputy rank, party and what the person represents.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Membership {
  Membership() {}

  /**
   * Returns the person.
   *
   * @return the person
   */
  public abstract Person person();

  /**
   * Returns the role.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the rank of a deputy member (1 is called in first).
   *
   * @return the rank, present exactly for {@link Role#DEPUTY_MEMBER}
   */
  public abstract Optional<Integer> deputyRank();

  /**
   * Returns the party or group the member was elected from.
   *
   * @return the party, or empty for members who represent no party
   */
  public abstract Optional<Party> party();

  /**
   * Returns what the member represents.
   *
   * @return the representation, or empty if not recorded
   */
  public abstract Optional<Representation> representation();

  /**
   * Obtains a voting or non-voting membership without rank.
   *
   * @param person the person
   * @param role the role; not {@link Role#DEPUTY_MEMBER}
   * @param party the party
   * @return the membership
   */
  public static Membership of(Person person, Role role, Party party) {
    return builder().person(person).role(role).party(party).representation(
        Representation.of(RepresentationKind.ELECTED_OFFICIAL)).build();
  }

  /**
   * Obtains a deputy membership.
   *
   * @param person the person
   * @param rank the rank, 1 or more
   * @param party the party
   * @return the membership
   */
  public static Membership deputy(Person person, int rank, Party party) {
    return builder().person(person).role(Role.DEPUTY_MEMBER).deputyRank(rank).party(party)
        .representation(Representation.of(RepresentationKind.ELECTED_OFFICIAL)).build();
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
    if (role() == Role.DEPUTY_MEMBER && deputyRank().isEmpty()) {
      throw new InvalidValueException("membership.deputyRank", person().name(), "a deputy member needs a rank");
    }
    if (role() != Role.DEPUTY_MEMBER && deputyRank().isPresent()) {
      throw new InvalidValueException("membership.deputyRank", deputyRank().get(), "only a deputy member has a rank");
    }
    if (deputyRank().isPresent() && deputyRank().get() < 1) {
      throw new InvalidValueException("membership.deputyRank", deputyRank().get(), "must be 1 or more");
    }
  }

  @Override
  public String toString() {
    return person() + " (" + role() + party().map(p -> ", " + p).orElse("") + ")";
  }

  /** Builds a {@link Membership}: person and role are required. */
  public static final class Builder extends ImmutableMembership.Builder {
    Builder() {}
  }
}
