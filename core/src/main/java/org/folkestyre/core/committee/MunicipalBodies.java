package org.folkestyre.core.committee;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.folkestyre.core.municipality.Municipality;
import org.immutables.value.Value;

/**
 * The elected and appointed bodies of a municipality, with its mayor and deputy mayor: what the
 * committee rules of kommuneloven and the styrelseslov are checked against.
 *
 * <p>Committee ids are unique; a local committee names a district of the municipality; the mayor
 * and deputy mayor are persons who hold a seat on some body. This class is immutable and
 * thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class MunicipalBodies {
  MunicipalBodies() {}

  /**
   * Returns the municipality.
   *
   * @return the municipality
   */
  public abstract Municipality municipality();

  /**
   * Returns the bodies, in the order given.
   *
   * @return the committees
   */
  public abstract ImmutableList<Committee> committees();

  /**
   * Returns the mayor — ordfører (NO), borgmester (DK).
   *
   * @return the mayor, or empty if not elected
   */
  public abstract Optional<Person> mayor();

  /**
   * Returns the deputy mayor — varaordfører (NO), viceborgmester (DK).
   *
   * @return the deputy mayor, or empty if not elected
   */
  public abstract Optional<Person> deputyMayor();

  /**
   * Returns the committee with an id.
   *
   * @param id the id
   * @return the committee, or empty
   */
  public Optional<Committee> committee(String id) {
    return committees().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  /**
   * Returns the bodies of a kind.
   *
   * @param kind the kind
   * @return the committees of that kind, in order
   */
  public ImmutableList<Committee> committeesOf(CommitteeKind kind) {
    return committees().stream().filter(c -> c.kind().equals(kind)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the index of a committee in {@link #committees()}, for violation paths.
   *
   * @param committee the committee
   * @return the index
   */
  public int indexOf(Committee committee) {
    return committees().indexOf(committee);
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
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < committees().size(); i++) {
      Committee committee = committees().get(i);
      if (!ids.add(committee.id())) {
        throw new InvalidValueException("committees[" + i + "].id", committee.id(), "is the id of another committee too");
      }
      if (!committee.kind().jurisdictionId().equals(municipality().jurisdiction().id())) {
        throw new InvalidValueException("committees[" + i + "].kind", committee.kind(),
            "is a kind of " + committee.kind().jurisdictionId() + ", not of " + municipality().jurisdiction().id());
      }
      if (committee.district().isPresent() && municipality().district(committee.district().get()).isEmpty()) {
        throw new InvalidValueException("committees[" + i + "].district", committee.district().get(),
            "is not a district of " + municipality().name() + "; districts: "
                + municipality().districts().stream().map(d -> d.name()).toList());
      }
    }
    checkOfficial("mayor", mayor());
    checkOfficial("deputyMayor", deputyMayor());
  }

  private void checkOfficial(String field, Optional<Person> person) {
    if (person.isPresent()) {
      String key = Names.key(person.get().id());
      boolean seated = committees().stream().anyMatch(c -> c.memberships().stream()
          .anyMatch(m -> Names.key(m.person().id()).equals(key)));
      if (!seated) {
        throw new InvalidValueException(field, person.get().id(), "holds no seat on any body of " + municipality().name());
      }
    }
  }

  @Override
  public String toString() {
    return municipality().name() + " " + committees().stream().map(Committee::id).toList();
  }

  /** Builds {@link MunicipalBodies}: the municipality is required. */
  public static final class Builder extends ImmutableMunicipalBodies.Builder {
    Builder() {}
  }
}
