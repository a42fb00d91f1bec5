package org.folkestyre.core.committee;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A municipal body — utvalg, råd or nemnd (NO), udvalg or råd (DK) — with its kind, term and members.
 *
 * <p>Structural invariants are checked when it is built: a person holds at most one seat, there is
 * at most one chair and one deputy chair, deputy ranks are unique within a party, and every member
 * was born before the term starts. Whether the committee is large enough, balanced by gender or
 * chaired by the right person is for the governance rules. A local committee names its district
 * with {@link #district()}.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Committee {
  Committee() {}

  /**
   * Returns the stable id, unique among the municipality's bodies.
   *
   * @return the id, such as {@code "formannskapet"}
   */
  public abstract String id();

  /**
   * Returns the name.
   *
   * @return the name, such as {@code "Formannskapet"}
   */
  public abstract String name();

  /**
   * Returns the kind of body.
   *
   * @return the kind
   */
  public abstract CommitteeKind kind();

  /**
   * Returns the term the body sits for.
   *
   * @return the term
   */
  public abstract Term term();

  /**
   * Returns how the members were elected.
   *
   * @return the election mode, or empty if not recorded
   */
  public abstract Optional<ElectionMode> electionMode();

  /**
   * Returns the memberships, in the order given.
   *
   * @return the memberships
   */
  public abstract ImmutableList<Membership> memberships();

  /**
   * Returns the name of the district a local committee belongs to.
   *
   * @return the district name, or empty for a body of the whole municipality
   */
  public abstract Optional<String> district();

  /**
   * Returns how many meetings a year the body plans.
   *
   * @return the number of meetings, or empty if not set
   */
  public abstract Optional<Integer> meetingsPerYear();

  /**
   * Returns the voting members: chair, deputy chair and ordinary members.
   *
   * @return the voting memberships
   */
  public ImmutableList<Membership> votingMembers() {
    return memberships().stream().filter(m -> m.role().isVotingMember()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the deputy members, by rank within each party in the order given.
   *
   * @return the deputy memberships
   */
  public ImmutableList<Membership> deputies() {
    return memberships().stream().filter(m -> m.role() == Role.DEPUTY_MEMBER).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of voting members.
   *
   * @return the size of the body
   */
  public int size() {
    return votingMembers().size();
  }

  /**
   * Returns the chair, if one is appointed.
   *
   * @return the chair's membership, or empty
   */
  public Optional<Membership> chair() {
    return memberships().stream().filter(m -> m.role() == Role.CHAIR).findFirst();
  }

  /**
   * Returns whether a person holds any seat on the body, voting or deputy.
   *
   * @param personId the person's id
   * @return true if the person is a member, deputy member or holds another role
   */
  public boolean includes(String personId) {
    return memberships().stream().anyMatch(m -> m.person().id().equals(personId));
  }

  /**
   * Returns whether a person is a voting member.
   *
   * @param personId the person's id
   * @return true if the person is chair, deputy chair or member
   */
  public boolean hasVotingMember(String personId) {
    return votingMembers().stream().anyMatch(m -> m.person().id().equals(personId));
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
  Committee normalize() {
    Set<String> persons = new HashSet<>();
    Map<String, Integer> roles = new HashMap<>();
    Set<String> ranks = new HashSet<>();
    for (int i = 0; i < memberships().size(); i++) {
      Membership m = memberships().get(i);
      String field = "committees['" + id() + "'].memberships[" + i + "]";
      if (!persons.add(m.person().id())) {
        throw new InvalidValueException(field + ".person", m.person().id(), "holds two seats on " + name());
      }
      if ((m.role() == Role.CHAIR || m.role() == Role.DEPUTY_CHAIR) && roles.merge(m.role().name(), 1, Integer::sum) > 1) {
        throw new InvalidValueException(field + ".role", m.role(), name() + " already has one");
      }
      if (m.deputyRank().isPresent()) {
        String key = m.party().map(Party::abbreviation).orElse("") + "#" + m.deputyRank().get();
        if (!ranks.add(key)) {
          throw new InvalidValueException(field + ".deputyRank", m.deputyRank().get(),
              "is already taken in " + m.party().map(Party::abbreviation).orElse("the committee"));
        }
      }
      if (m.person().birthDate().isPresent() && !m.person().birthDate().get().isBefore(term().start())) {
        throw new InvalidValueException(field + ".person.birthDate", m.person().birthDate().get(),
            "must be before the term starts " + term().start());
      }
    }
    if (meetingsPerYear().isPresent() && meetingsPerYear().get() < 0) {
      throw new InvalidValueException("meetingsPerYear", meetingsPerYear().get(), "must not be negative");
    }
    String id = Names.normalize("committee.id", id());
    String name = Names.normalize("committee.name", name());
    return id.equals(id()) && name.equals(name()) ? this : builder().from(this).id(id).name(name).build();
  }

  @Override
  public String toString() {
    return name() + " (" + kind() + ", " + size() + " members)";
  }

  /** Builds a {@link Committee}: id, name, kind and term are required. */
  public static final class Builder extends ImmutableCommittee.Builder {
    Builder() {}
  }
}
