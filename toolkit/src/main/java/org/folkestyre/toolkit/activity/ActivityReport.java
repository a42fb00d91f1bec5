package org.folkestyre.toolkit.activity;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Money;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.Submission;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The report after a participation activity — rapport etter aktiviteten (NO), opfølgning (DK):
 * what it spent, how many took part, the inputs (innspill) collected and the feedback
 * (tilbakemelding) given to participants.
 *
 * <p>The inputs are {@link Submission}s, so that they can become part of a consultation exactly as
 * they were collected: {@link #feed(Consultation)} hands every one of them on, and none is dropped.
 * Drammen's joint merger committee drew the lesson that follow-up matters and that the
 * municipality must be loyal to the input it gets; the rule {@link ActivityRulePack#FEEDBACK} asks
 * for the feedback when inputs were collected.
 *
 * <p>Structural invariants are checked when it is built: the amount spent is not negative, the
 * number of participants is not negative, and the inputs' ids are unique (ignoring case). That the
 * report is dated after the activity is checked by {@link Activity}.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class ActivityReport {
  ActivityReport() {}

  /**
   * Returns the date of the report.
   *
   * @return the date, on or after the activity's last day
   */
  public abstract LocalDate date();

  /**
   * Returns what the activity actually cost, in whole minor units (øre).
   *
   * @return the amount spent, not negative
   */
  public abstract Money spent();

  /**
   * Returns the number of participants — deltakere.
   *
   * @return the count, 0 or more
   */
  public abstract int participants();

  /**
   * Returns the inputs collected — innspill (NO), input (DK) — in the order given.
   *
   * @return the inputs, with unique ids; possibly none
   */
  public abstract ImmutableList<Submission> inputs();

  /**
   * Returns the feedback given to participants — tilbakemelding til deltakerne: what was done with
   * their inputs, or where they can follow the case.
   *
   * @return the feedback, or empty if none was given
   */
  public abstract Optional<String> feedback();

  /**
   * Returns a copy of a consultation that has received every input of this report, in order.
   *
   * @param consultation an open consultation
   * @return the consultation with the inputs as submissions
   * @throws InvalidValueException if the consultation is a draft or already holds a submission with
   *     one of the inputs' ids; nothing is dropped silently
   */
  public Consultation feed(Consultation consultation) {
    Objects.requireNonNull(consultation, "consultation");
    return consultation.receiveAll(inputs());
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
  ActivityReport normalize() {
    if (spent().isNegative()) {
      throw new InvalidValueException("report.spent", spent(), "must not be negative");
    }
    if (participants() < 0) {
      throw new InvalidValueException("report.participants", participants(), "must not be negative");
    }
    Set<String> ids = new HashSet<>();
    for (Submission input : inputs()) {
      if (!ids.add(Names.key(input.id()))) {
        throw new InvalidValueException("report.inputs", input.id(), "an input's id is unique within the report");
      }
    }
    Optional<String> feedback = feedback().map(f -> {
      String text = Normalizer.normalize(f, Normalizer.Form.NFC).strip();
      if (text.isEmpty()) {
        throw new InvalidValueException("report.feedback", f, "must not be blank; leave it out if none was given");
      }
      return text;
    });
    return feedback.equals(feedback()) ? this : builder().from(this).feedback(feedback).build();
  }

  /**
   * Builds an {@link ActivityReport}: date, spent and participants are required; inputs and
   * feedback are optional.
   */
  public static final class Builder extends ImmutableActivityReport.Builder {
    Builder() {}
  }
}
