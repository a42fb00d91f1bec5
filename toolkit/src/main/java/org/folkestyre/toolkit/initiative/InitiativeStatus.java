package org.folkestyre.toolkit.initiative;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An initiative's standing on a date — status for innbyggerforslaget (NO), status for
 * borgerforslaget (DK): the support counted against the threshold, and the decision deadline.
 *
 * <p>{@link #counted()} is the number of distinct persons with at least one signature that counts:
 * from a person who may sign ({@link CitizenInitiative#isEligible(Signature)}), given while
 * collection was open ({@link CitizenInitiative#isInCollectionPeriod(Signature)}). Every other
 * signature is reported in one of three counts, so that the four add up to all signatures
 * received: {@link #duplicates()} (a further valid signature of a person already counted),
 * {@link #ineligible()} (from a non-resident where only residents may sign) and
 * {@link #outsideCollectionPeriod()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InitiativeStatus {
  InitiativeStatus() {}

  /**
   * Returns the date of the status.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns where the initiative stands.
   *
   * @return the phase
   */
  public abstract InitiativePhase phase();

  /**
   * Returns the number of signatures required.
   *
   * @return the threshold, at least 1
   */
  public abstract long required();

  /**
   * Returns the number of distinct persons whose support counts.
   *
   * @return the count
   */
  public abstract long counted();

  /**
   * Returns the number of further valid signatures by persons already counted.
   *
   * @return the count of duplicates
   */
  public abstract long duplicates();

  /**
   * Returns the number of signatures by persons who may not sign: non-residents where the scheme
   * requires residence.
   *
   * @return the count
   */
  public abstract long ineligible();

  /**
   * Returns the number of eligible signatures given before collection opened, after the
   * collection window or after submission.
   *
   * @return the count
   */
  public abstract long outsideCollectionPeriod();

  /**
   * Returns the last day of the collection window.
   *
   * @return the day, or empty when the scheme has none
   */
  public abstract Optional<LocalDate> lastCollectionDay();

  /**
   * Returns the day the council must decide by.
   *
   * @return the deadline, or empty before submission, without a decision period, or when referred to a plan case
   */
  public abstract Optional<LocalDate> decisionDeadline();

  /**
   * Returns the status of an initiative on a date.
   *
   * @param initiative the initiative
   * @param asOf the date
   * @return the status
   */
  public static InitiativeStatus of(CitizenInitiative initiative, LocalDate asOf) {
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(asOf, "asOf");
    Set<String> persons = new HashSet<>();
    long duplicates = 0;
    long ineligible = 0;
    long outside = 0;
    for (Signature signature : initiative.signatures()) {
      if (!initiative.isEligible(signature)) {
        ineligible++;
      } else if (!initiative.isInCollectionPeriod(signature)) {
        outside++;
      } else if (!persons.add(signature.personKey())) {
        duplicates++;
      }
    }
    InitiativePhase phase;
    if (initiative.decided().isPresent() && !initiative.decided().get().isAfter(asOf)) {
      phase = InitiativePhase.DECIDED;
    } else if (initiative.submitted().isPresent() && !initiative.submitted().get().isAfter(asOf)) {
      phase = InitiativePhase.SUBMITTED;
    } else if (initiative.lastCollectionDay().map(asOf::isAfter).orElse(false)) {
      phase = InitiativePhase.COLLECTION_CLOSED;
    } else {
      phase = InitiativePhase.COLLECTING;
    }
    return ImmutableInitiativeStatus.builder().asOf(asOf).phase(phase).required(initiative.requiredSignatures())
        .counted(persons.size()).duplicates(duplicates).ineligible(ineligible).outsideCollectionPeriod(outside)
        .lastCollectionDay(initiative.lastCollectionDay()).decisionDeadline(initiative.decisionDeadline()).build();
  }

  /**
   * Returns whether the counted support reaches the threshold.
   *
   * @return true if {@code counted ≥ required}
   */
  public boolean isThresholdReached() {
    return counted() >= required();
  }

  /**
   * Returns how many more persons must sign.
   *
   * @return {@code max(0, required − counted)}
   */
  public long remaining() {
    return Math.max(0, required() - counted());
  }

  /**
   * Returns the progress towards the threshold in whole percent, rounded down and at most 100.
   *
   * @return 0 to 100
   */
  public int progressPercent() {
    return (int) Math.min(100, counted() * 100 / required());
  }

  /**
   * Returns the number of days from the status date to the decision deadline.
   *
   * @return the days, negative when the deadline has passed, or empty without a deadline
   */
  public Optional<Long> daysToDecisionDeadline() {
    return decisionDeadline().map(deadline -> ChronoUnit.DAYS.between(asOf(), deadline));
  }

  /**
   * Returns whether the decision deadline has passed without a decision.
   *
   * @return true if the deadline is before the status date and the council has not decided
   */
  public boolean isOverdue() {
    return phase() == InitiativePhase.SUBMITTED && decisionDeadline().map(asOf()::isAfter).orElse(false);
  }

  @Override
  public String toString() {
    return phase() + ": " + counted() + "/" + required() + " (" + progressPercent() + " %)"
        + decisionDeadline().map(d -> ", decide by " + d).orElse("");
  }
}
