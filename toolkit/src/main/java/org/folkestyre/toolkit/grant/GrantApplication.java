package org.folkestyre.toolkit.grant;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.folkestyre.toolkit.method.TargetGroup;
import org.immutables.value.Value;

/**
 * An application to a grant pool — søknad om tilskudd (NO), ansøgning om støtte (DK): who applies,
 * for what project, how much, and which groups of voters the project means to reach.
 *
 * <p>The amount asked for is never more than the pool may give in principle, but that is a matter
 * of the round ({@code GRANT-APPLICATION-WITHIN-POOL}): an application can be built, and recorded,
 * whatever it asks. The date received is part of the documented tie-break (see
 * {@link GrantAllocator}), so that the order in which applications are listed never matters.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrantApplication {
  GrantApplication() {}

  /**
   * Returns the application's id, unique in its round, such as a case number.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Returns who applies.
   *
   * @return the applicant
   */
  public abstract Applicant applicant();

  /**
   * Returns the project's title.
   *
   * @return the title, such as "Valgcafé på biblioteket"
   */
  public abstract String project();

  /**
   * Returns the amount asked for — ansøgt beløb, in øre.
   *
   * @return the amount, more than 0
   */
  public abstract long amountRequested();

  /**
   * Returns the least the project can be carried out with, in øre: a partial award is never less.
   * The amount asked for unless set, which rules partial awards out.
   *
   * @return the minimum, from 1 to {@link #amountRequested()}
   */
  @Value.Default
  public long minimumAmount() {
    return amountRequested();
  }

  /**
   * Returns the groups of voters the project means to reach.
   *
   * @return the target groups, possibly none
   */
  public abstract ImmutableSet<TargetGroup> targetGroups();

  /**
   * Returns the day the application was received — modtaget (DK), mottatt (NO).
   *
   * @return the date
   */
  public abstract LocalDate received();

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
    Names.normalize("application.id", id());
    Names.normalize("application." + id() + ".project", project());
    if (amountRequested() <= 0) {
      throw new InvalidValueException("application." + id() + ".amountRequested", amountRequested(),
          "an application asks for more than 0 øre");
    }
    if (minimumAmount() < 1 || minimumAmount() > amountRequested()) {
      throw new InvalidValueException("application." + id() + ".minimumAmount", minimumAmount(),
          "must be from 1 øre to the " + amountRequested() + " øre asked for");
    }
  }

  @Override
  public String toString() {
    return id() + ": " + project() + " (" + applicant() + ", " + amountRequested() + " øre)";
  }

  /** Builds a {@link GrantApplication}; obtain one with {@link GrantApplication#builder()}. */
  public static final class Builder extends ImmutableGrantApplication.Builder {
    Builder() {}
  }
}
