package org.folkestyre.core.minutes;

import com.google.common.collect.ImmutableList;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.CommitteeKind;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attendance;
import org.folkestyre.core.meeting.AttendanceStatus;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.MeetingState;
import org.immutables.value.Value;

/**
 * The minutes of a meeting — møtebok or møteprotokoll (NO), referat (DK): the header (body, date,
 * time, place), the attendance, a table of contents and every agenda item with what was decided,
 * in a {@link View}.
 *
 * <p>{@link #of(MeetingRecord)} builds the internal minutes, which hold everything the record
 * holds; {@link #inView(View)} derives the public minutes from them. The public view leaves out:
 *
 * <ul>
 *   <li>the content of an item handled behind closed doors (kommuneloven § 11-5, kommunestyrelsesloven
 *       § 10): its recommendation, description, decision, votes, attachments and recusals. The item
 *       stays in its place with its number, case number, kind and the legal ground of the closure, so
 *       that a reader sees that it was handled and why it is closed; its title stays only where
 *       {@link MinutesItem#isTitlePublic} allows, and renderers print a neutral text instead;
 *   <li>the title, media type, size and checksum of an attachment exempt from public access
 *       (offentleglova, offentlighedsloven): the attachment keeps its place and its exemption ground;
 *   <li>the names of persons who are not members of the body (see {@link MinutesPerson}), such as a
 *       private party named in a recusal or an official listed as present: members' names stay;
 *   <li>the decision text of a recusal: the public view shows its legal ground only.
 * </ul>
 *
 * <p>Free texts of open items — titles, recommendations, descriptions, decisions, motions — are
 * published as written: the library cannot tell whether they name a private person, so whoever
 * writes them must keep personal data out of them. This class is immutable and thread-safe.
 *
 * <pre>{@code
 * Minutes minutes = Minutes.of(ReferenceData.holbaekMeeting2015(), View.PUBLIC);
 * String markdown = MinutesRenderer.markdown(minutes, Language.DA, View.PUBLIC);
 * }</pre>
 */
@Value.Immutable
public abstract class Minutes {
  Minutes() {}

  /**
   * Returns the view these minutes are in.
   *
   * @return the view
   */
  public abstract View view();

  /**
   * Returns the id of the jurisdiction whose law applies.
   *
   * @return {@code "NO"}, {@code "DK"} or another registered id
   */
  public abstract String jurisdictionId();

  /**
   * Returns the name of the body that met.
   *
   * @return the committee's name, such as {@code "Demokratieksperimentariet"}
   */
  public abstract String body();

  /**
   * Returns the kind of body.
   *
   * @return the committee kind, with its name in every language
   */
  public abstract CommitteeKind bodyKind();

  /**
   * Returns the meeting's number as written.
   *
   * @return the number, such as {@code "3/2015"}, or empty
   */
  public abstract Optional<String> meetingNumber();

  /**
   * Returns when the meeting started, as wall-clock time in the jurisdiction's zone.
   *
   * @return the start
   */
  public abstract ZonedDateTime start();

  /**
   * Returns when the meeting ended.
   *
   * @return the end, or empty if not recorded
   */
  public abstract Optional<ZonedDateTime> end();

  /**
   * Returns where the meeting was held.
   *
   * @return the place, or empty
   */
  public abstract Optional<String> place();

  /**
   * Returns whether the meeting was held remotely.
   *
   * @return true for a remote meeting
   */
  public abstract boolean remote();

  /**
   * Returns the meeting's state, which tells whether the minutes are approved.
   *
   * @return the state
   */
  public abstract MeetingState state();

  /**
   * Returns the persons present in their own right, in the order of the attendance record.
   *
   * @return the persons present, not counting substitutes
   */
  public abstract ImmutableList<MinutesPerson> present();

  /**
   * Returns the persons absent — forfall (NO), afbud (DK).
   *
   * @return the absent persons
   */
  public abstract ImmutableList<MinutesPerson> absent();

  /**
   * Returns the substitutes and whom they stood in for.
   *
   * @return the substitutions
   */
  public abstract ImmutableList<Substitution> substitutes();

  /**
   * Returns the agenda items, in order.
   *
   * @return the items
   */
  public abstract ImmutableList<MinutesItem> items();

  /**
   * Returns whether the meeting record has an attendance record.
   *
   * @return true if anyone is listed as present, absent or substitute
   */
  public boolean hasAttendance() {
    return !present().isEmpty() || !absent().isEmpty() || !substitutes().isEmpty();
  }

  /**
   * Returns the table of contents: one entry per item, in order.
   *
   * @return the entries
   */
  public ImmutableList<ContentsEntry> contents() {
    return items().stream().map(ContentsEntry::of).collect(ImmutableList.toImmutableList());
  }

  /**
   * Obtains the internal minutes of a meeting record: everything it holds.
   *
   * @param record the meeting with its committee and jurisdiction
   * @return the minutes in the {@link View#INTERNAL internal} view
   */
  public static Minutes of(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    Meeting meeting = record.meeting();
    ImmutableMinutes.Builder builder = ImmutableMinutes.builder().view(View.INTERNAL)
        .jurisdictionId(record.jurisdictionId()).body(record.committee().name()).bodyKind(record.committee().kind())
        .meetingNumber(meeting.number()).start(meeting.start()).end(meeting.end()).place(meeting.place())
        .remote(meeting.remote()).state(meeting.state());
    for (Attendance line : meeting.attendance()) {
      MinutesPerson person = MinutesPerson.of(line.person(), record);
      if (line.status() == AttendanceStatus.PRESENT) {
        builder.addPresent(person);
      } else if (line.status() == AttendanceStatus.ABSENT) {
        builder.addAbsent(person);
      } else {
        builder.addSubstitute(Substitution.of(person, MinutesPerson.of(line.standsInFor().orElseThrow(), record)));
      }
    }
    List<AgendaItem> items = meeting.agendaItems();
    for (int i = 0; i < items.size(); i++) {
      builder.addItem(MinutesItem.of(i + 1, items.get(i), record));
    }
    return builder.build();
  }

  /**
   * Obtains the minutes of a meeting record in a view.
   *
   * @param record the meeting with its committee and jurisdiction
   * @param view the view
   * @return the minutes
   */
  public static Minutes of(MeetingRecord record, View view) {
    Objects.requireNonNull(view, "view");
    return of(record).inView(view);
  }

  /**
   * Returns these minutes in a view: the public minutes of internal ones, or the same minutes.
   *
   * @param view the view
   * @return the minutes in that view
   * @throws InvalidValueException if public minutes are asked for the internal view: what the
   *     public view left out cannot be restored; build the minutes again from the record
   */
  public Minutes inView(View view) {
    Objects.requireNonNull(view, "view");
    if (view == view()) {
      return this;
    }
    if (view == View.INTERNAL) {
      throw new InvalidValueException("view", view, "public minutes cannot be shown in the internal view;"
          + " build them from the meeting record with Minutes.of(record)");
    }
    return ImmutableMinutes.builder().from(this).view(View.PUBLIC)
        .present(present().stream().map(MinutesPerson::forPublic).collect(ImmutableList.toImmutableList()))
        .absent(absent().stream().map(MinutesPerson::forPublic).collect(ImmutableList.toImmutableList()))
        .substitutes(substitutes().stream().map(Substitution::forPublic).collect(ImmutableList.toImmutableList()))
        .items(items().stream().map(MinutesItem::forPublic).collect(ImmutableList.toImmutableList()))
        .build();
  }

  @Override
  public String toString() {
    return view() + " minutes of " + body() + " " + meetingNumber().orElse(start().toLocalDate().toString())
        + " (" + items().size() + " items)";
  }
}
