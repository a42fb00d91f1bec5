package org.folkestyre.core.minutes;

import java.util.Optional;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.Recusal;
import org.folkestyre.core.meeting.RecusalGround;
import org.immutables.value.Value;

/**
 * A disqualification as the minutes record it — inhabilitet, ugildhet (NO), inhabilitet (DK).
 *
 * <p>The public view shows the legal ground only: the decision text, which often names the party
 * or the relationship behind the disqualification, is withheld, and so is the name of a person who
 * is not a member of the body. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MinutesRecusal {
  MinutesRecusal() {}

  /**
   * Returns the person disqualified.
   *
   * @return the person
   */
  public abstract MinutesPerson person();

  /**
   * Returns the legal ground.
   *
   * @return the ground
   */
  public abstract RecusalGround ground();

  /**
   * Returns whether the body decided the question, rather than the person stepping aside unasked.
   *
   * @return true if the body decided
   */
  public abstract boolean decidedByBody();

  /**
   * Returns the decision as the record gives it.
   *
   * @return the decision text, or empty when the record has none or the view withholds it
   */
  public abstract Optional<String> decision();

  static MinutesRecusal of(Recusal recusal, MeetingRecord record) {
    return ImmutableMinutesRecusal.builder().person(MinutesPerson.of(recusal.person(), record))
        .ground(recusal.ground()).decidedByBody(recusal.decidedByBody()).decision(recusal.decision()).build();
  }

  MinutesRecusal forPublic() {
    return ImmutableMinutesRecusal.builder().person(person().forPublic()).ground(ground())
        .decidedByBody(decidedByBody()).build();
  }

  @Override
  public String toString() {
    return person() + " disqualified (" + ground().reference() + ")";
  }
}
