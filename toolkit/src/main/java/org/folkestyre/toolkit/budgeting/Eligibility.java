package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.toolkit.identity.AssuranceLevel;
import org.folkestyre.toolkit.identity.VerifiedIdentity;
import org.immutables.value.Value;

/**
 * Who may vote in a participatory-budgeting election, and for projects of which districts —
 * stemmerett (NO), stemmeret (DK).
 *
 * <p>Each requirement is optional and they all apply together:
 * <ul>
 *   <li>residence in a {@link #municipality() municipality}, from the population register;</li>
 *   <li>residence in one of some {@link #districts() districts};</li>
 *   <li>a {@link #minimumAge() minimum age} on a {@link #ageReferenceDate() reference date}, or on the
 *       day the ballot is cast;</li>
 *   <li>"own district plus N more" ({@link #otherDistricts()}): a ballot may name projects of the
 *       voter's own district and of at most N other districts, as in Barcelona's participatory
 *       budget, where residents voted in their own district and one more of their choice; projects
 *       without a district (city-wide projects) are always allowed;</li>
 *   <li>a {@link #minimumAssurance() minimum eIDAS assurance level}, {@link AssuranceLevel#SUBSTANTIAL}
 *       unless set.</li>
 * </ul>
 *
 * <p>Districts are compared as spelled, after removing spaces at either end. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Eligibility {
  Eligibility() {}

  /**
   * Returns the municipality a voter must live in.
   *
   * @return the municipality, or empty if residence in a municipality is not required
   */
  public abstract Optional<MunicipalityCode> municipality();

  /**
   * Returns the districts whose residents may vote.
   *
   * @return the districts, or none if residents of every district may vote
   */
  public abstract ImmutableSet<String> districts();

  /**
   * Returns the age a voter must have reached.
   *
   * @return the minimum age in years, 0 to 150, or empty
   */
  public abstract OptionalInt minimumAge();

  /**
   * Returns the day on which a voter's age is taken.
   *
   * @return the reference date, or empty to take the age on the day the ballot is cast
   */
  public abstract Optional<LocalDate> ageReferenceDate();

  /**
   * Returns how many districts besides her own a voter may vote for projects in ("own district plus N
   * more"); 0 allows only her own district and city-wide projects.
   *
   * @return N, 0 or more, or empty if projects of every district may be chosen
   */
  public abstract OptionalInt otherDistricts();

  /**
   * Returns the least eIDAS assurance level an identity must have.
   *
   * @return the level; {@link AssuranceLevel#SUBSTANTIAL} unless set
   */
  @Value.Default
  public AssuranceLevel minimumAssurance() {
    return AssuranceLevel.SUBSTANTIAL;
  }

  /**
   * Returns the eligibility of an election open to every identified person at the substantial level
   * or higher.
   *
   * @return eligibility without requirements of residence or age
   */
  public static Eligibility anyone() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the day on which a voter's age is taken for a ballot cast on a day.
   *
   * @param castOn the day the ballot is cast
   * @return the reference date if set, otherwise {@code castOn}
   */
  public LocalDate ageDayFor(LocalDate castOn) {
    return ageReferenceDate().orElse(castOn);
  }

  /**
   * Checks whether a verified person may vote, apart from which projects she chooses.
   *
   * @param identity the verified identity
   * @param castOn the day the ballot is cast, in the voting window's zone
   * @return the reasons she may not, in the order assurance, municipality, district, age; empty if
   *     she may
   */
  public ImmutableList<BallotRejection> check(VerifiedIdentity identity, LocalDate castOn) {
    ImmutableList.Builder<BallotRejection> out = ImmutableList.builder();
    if (!identity.assuranceLevel().isAtLeast(minimumAssurance())) {
      out.add(BallotRejection.of(RejectionCode.ASSURANCE_TOO_LOW, ImmutableMap.of(
          "level", identity.assuranceLevel().id(), "required", minimumAssurance().id())));
    }
    if (municipality().isPresent() && !municipality().get().equals(identity.municipality())) {
      out.add(BallotRejection.of(RejectionCode.INELIGIBLE_VOTER,
          ImmutableMap.of("municipality", municipality().get().value())));
    }
    checkResidence(identity.district(), out);
    LocalDate day = ageDayFor(castOn);
    checkAge(identity.ageOn(day), day, out);
    return out.build();
  }

  /**
   * Checks what a ballot read from a file records of its voter: the district and the age, where
   * present. Assurance and municipality are not in such data and are not checked.
   *
   * @param voter the voter as recorded
   * @return the reasons the recorded voter may not vote; empty if none is found
   */
  public ImmutableList<BallotRejection> checkRecorded(Voter voter) {
    ImmutableList.Builder<BallotRejection> out = ImmutableList.builder();
    checkResidence(voter.district().map(String::strip), out);
    checkAge(voter.age(), ageReferenceDate().orElse(null), out);
    return out.build();
  }

  private void checkResidence(Optional<String> district, ImmutableList.Builder<BallotRejection> out) {
    if (districts().isEmpty()) {
      return;
    }
    if (district.isEmpty()) {
      out.add(unknown("district"));
    } else if (!districts().contains(district.get().strip())) {
      out.add(BallotRejection.of(RejectionCode.INELIGIBLE_DISTRICT,
          ImmutableMap.of("districts", String.join(", ", districts()), "district", district.get())));
    }
  }

  private void checkAge(OptionalInt age, LocalDate day, ImmutableList.Builder<BallotRejection> out) {
    if (minimumAge().isEmpty()) {
      return;
    }
    if (age.isEmpty()) {
      out.add(unknown("age"));
    } else if (age.getAsInt() < minimumAge().getAsInt()) {
      out.add(BallotRejection.of(RejectionCode.UNDER_MINIMUM_AGE, ImmutableMap.of(
          "minimumAge", String.valueOf(minimumAge().getAsInt()),
          "date", day == null ? "-" : day.toString(),
          "age", String.valueOf(age.getAsInt()))));
    }
  }

  static BallotRejection unknown(String what) {
    return BallotRejection.of(RejectionCode.ELIGIBILITY_UNKNOWN, ImmutableMap.of("missing", what));
  }

  @Value.Check
  Eligibility normalize() {
    for (String district : districts()) {
      if (district.isBlank()) {
        throw new InvalidValueException("eligibility.districts", district, "must not be blank");
      }
    }
    if (minimumAge().isPresent() && (minimumAge().getAsInt() < 0 || minimumAge().getAsInt() > 150)) {
      throw new InvalidValueException("eligibility.minimumAge", minimumAge().getAsInt(), "must be between 0 and 150");
    }
    if (otherDistricts().isPresent() && otherDistricts().getAsInt() < 0) {
      throw new InvalidValueException("eligibility.otherDistricts", otherDistricts().getAsInt(), "must not be negative");
    }
    if (districts().stream().allMatch(d -> d.strip().equals(d))) {
      return this;
    }
    return ImmutableEligibility.builder().from(this)
        .districts(districts().stream().map(String::strip).toList()).build();
  }

  /** Builds an {@link Eligibility}. */
  public static final class Builder extends ImmutableEligibility.Builder {
    Builder() {}
  }
}
