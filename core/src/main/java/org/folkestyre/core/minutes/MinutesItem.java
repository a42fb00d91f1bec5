package org.folkestyre.core.minutes;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.CaseNumber;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.MeetingRecord;
import org.immutables.value.Value;

/**
 * An agenda item as the minutes record it — sak (NO), punkt (DK): number, case number, title, kind,
 * recommendation, description, decision, votes, attachments, closure and recusals.
 *
 * <p>In the public view a closed item keeps only its position, number, case number, kind, closure
 * and, where the ground allows it, its title ({@link #isContentWithheld()} is then true); see
 * {@link Minutes} for the rules. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MinutesItem {
  MinutesItem() {}

  /**
   * Returns the item's place on the agenda, counted from 1; renderers use it for anchors.
   *
   * @return the position, 1 or more
   */
  public abstract int position();

  /**
   * Returns the item's number as written.
   *
   * @return the number, such as {@code "119"} or {@code "PS 12/15"}
   */
  public abstract String number();

  /**
   * Returns the case number as written — saksnummer (NO), sagsnummer (DK).
   *
   * @return the case number, such as {@code "13/37262"}, or empty
   */
  public abstract Optional<String> caseNumber();

  /**
   * Returns the title.
   *
   * @return the title, or empty when the view withholds it
   */
  public abstract Optional<String> title();

  /**
   * Returns the kind of item — sakstype (NO), sagstype (DK).
   *
   * @return the kind, whose name {@link ItemKind#names()} gives in every language
   */
  public abstract ItemKind kind();

  /**
   * Returns the recommendation — innstilling (NO), indstilling (DK).
   *
   * @return the recommendation, or empty
   */
  public abstract Optional<String> recommendation();

  /**
   * Returns the description of the case — saksframstilling (NO), sagsfremstilling (DK).
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * Returns the decision — vedtak (NO), beslutning (DK).
   *
   * @return the decision, or empty
   */
  public abstract Optional<String> decision();

  /**
   * Returns the votes, in order.
   *
   * @return the votes
   */
  public abstract ImmutableList<MinutesVote> votes();

  /**
   * Returns the attachments, in order.
   *
   * @return the attachments
   */
  public abstract ImmutableList<MinutesAttachment> attachments();

  /**
   * Returns the closure, for an item handled behind closed doors.
   *
   * @return the closure with its legal ground, or empty for an open item
   */
  public abstract Optional<Closure> closure();

  /**
   * Returns the disqualifications.
   *
   * @return the recusals
   */
  public abstract ImmutableList<MinutesRecusal> recusals();

  /**
   * Returns whether the item was added after the agenda was sent out.
   *
   * @return true if added late
   */
  public abstract boolean addedLate();

  /**
   * Returns whether the view withholds the content of this closed item: its recommendation,
   * description, decision, votes, attachments and recusals.
   *
   * @return true for a closed item in the public view
   */
  public abstract boolean isContentWithheld();

  /**
   * Returns whether the item was handled behind closed doors.
   *
   * @return true if closed
   */
  public boolean isClosed() {
    return closure().isPresent();
  }

  /**
   * Returns whether the title is withheld.
   *
   * @return true if the view withholds the title
   */
  public boolean isTitleWithheld() {
    return title().isEmpty();
  }

  /**
   * Returns whether the public view may show the title of an item closed on a ground.
   *
   * <p>Only kommuneloven § 11-5 third paragraph b (weighty public interests, such as a negotiating
   * position) leaves the title public: there the subject is known and the information is what is
   * protected. An employee's service matters, statutory confidentiality and privacy concern persons
   * whom a title would name, and a Danish item is closed case by case because of confidential
   * information that the title may itself reveal; a closure without a recorded ground is treated the
   * same way.
   *
   * @param closure the closure
   * @return true if the title may be published
   */
  public static boolean isTitlePublic(Closure closure) {
    return closure.ground().map(g -> g == ClosureGround.NO_KL_11_5_3_B).orElse(false);
  }

  static MinutesItem of(int position, AgendaItem item, MeetingRecord record) {
    ImmutableMinutesItem.Builder builder = ImmutableMinutesItem.builder().position(position).number(item.number())
        .caseNumber(item.caseNumber().map(CaseNumber::text)).title(item.title()).kind(item.kind())
        .recommendation(item.recommendation()).description(item.description()).decision(item.decision())
        .closure(item.closure()).addedLate(item.addedLate()).contentWithheld(false);
    item.votes().forEach(v -> builder.addVote(MinutesVote.of(v, record)));
    item.attachments().forEach(a -> builder.addAttachment(MinutesAttachment.of(a)));
    item.recusals().forEach(r -> builder.addRecusal(MinutesRecusal.of(r, record)));
    return builder.build();
  }

  MinutesItem forPublic() {
    ImmutableMinutesItem.Builder builder = ImmutableMinutesItem.builder().position(position()).number(number())
        .caseNumber(caseNumber()).kind(kind()).closure(closure()).addedLate(addedLate());
    if (closure().isPresent()) {
      if (isTitlePublic(closure().get())) {
        builder.title(title());
      }
      return builder.contentWithheld(true).build();
    }
    return builder.title(title()).recommendation(recommendation()).description(description()).decision(decision())
        .votes(votes().stream().map(MinutesVote::forPublic).collect(ImmutableList.toImmutableList()))
        .attachments(attachments().stream().map(MinutesAttachment::forPublic).collect(ImmutableList.toImmutableList()))
        .recusals(recusals().stream().map(MinutesRecusal::forPublic).collect(ImmutableList.toImmutableList()))
        .contentWithheld(false).build();
  }

  @Value.Check
  void check() {
    if (position() < 1) {
      throw new InvalidValueException("minutesItem.position", position(), "must be 1 or more");
    }
    if (isContentWithheld() && !isClosed()) {
      throw new InvalidValueException("minutesItem.isContentWithheld", number(), "only a closed item's content is"
          + " withheld");
    }
  }

  @Override
  public String toString() {
    return number() + " " + title().orElse("(title withheld)") + (isClosed() ? " [closed]" : "");
  }
}
