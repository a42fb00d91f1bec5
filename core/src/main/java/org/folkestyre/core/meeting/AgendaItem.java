package org.folkestyre.core.meeting;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * An item on a meeting's agenda — sak på sakslisten (NO), dagsordenpunkt (DK): its number, title,
 * case number and kind, the recommendation and the decision, attachments, whether it was closed,
 * whether it was added late, the recusals and the votes.
 *
 * <p>The recommendation is the innstilling (NO) or indstilling (DK) put before the body; the
 * decision is the vedtak (NO) or beslutning (DK) the minutes record. An item not on the notified
 * agenda is {@link #addedLate() added late}; the chair or a third of the members present may then
 * object to deciding it (kommuneloven § 11-3), which the item records as the chair's objection and
 * the number of members objecting. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgendaItem {
  AgendaItem() {}

  /**
   * Returns the item's number, unique within its meeting.
   *
   * @return the number as written, such as {@code "119"} or {@code "PS 12/15"}
   */
  public abstract String number();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the number of the case the item handles — saksnummer (NO), sagsnummer (DK).
   *
   * @return the case number, kept as written, such as {@code 13/37262}, or empty
   */
  public abstract Optional<CaseNumber> caseNumber();

  /**
   * Returns the kind of item.
   *
   * @return the kind
   */
  public abstract ItemKind kind();

  /**
   * Returns the recommendation put before the body — innstilling (NO), indstilling (DK).
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
   * Returns the decision the minutes record — vedtak (NO), beslutning (DK).
   *
   * @return the decision, or empty if none is recorded yet
   */
  public abstract Optional<String> decision();

  /**
   * Returns the attachments — vedlegg (NO), bilag (DK).
   *
   * @return the attachments, in order
   */
  public abstract ImmutableList<Attachment> attachments();

  /**
   * Returns the closure, if the item was handled behind closed doors.
   *
   * @return the closure, or empty for an open item
   */
  public abstract Optional<Closure> closure();

  /**
   * Returns whether the item was added after the agenda was notified — sak som ikke er på
   * sakslisten (NO).
   *
   * @return true if added late
   */
  @Value.Default
  public boolean addedLate() {
    return false;
  }

  /**
   * Returns whether the chair objected to deciding an item added late.
   *
   * @return true if the chair objected; always false for an item on the agenda
   */
  @Value.Default
  public boolean objectionByChair() {
    return false;
  }

  /**
   * Returns how many members present objected to deciding an item added late.
   *
   * @return the number of members objecting, 0 or more; always 0 for an item on the agenda
   */
  @Value.Default
  public int objectingMembers() {
    return 0;
  }

  /**
   * Returns the members disqualified from the item.
   *
   * @return the recusals, one per person
   */
  public abstract ImmutableList<Recusal> recusals();

  /**
   * Returns the votes held on the item, in order.
   *
   * @return the votes
   */
  public abstract ImmutableList<Vote> votes();

  /**
   * Returns whether the item was handled behind closed doors.
   *
   * @return true if closed
   */
  public boolean isClosed() {
    return closure().isPresent();
  }

  /**
   * Returns whether the body decided the item: it voted on it, or it is a decision, election or
   * appointment with a recorded decision.
   *
   * @return true if decided
   */
  public boolean isDecided() {
    return !votes().isEmpty() || (kind().isDecision() && decision().isPresent());
  }

  /**
   * Returns whether a person is disqualified from the item.
   *
   * @param personId the person's id
   * @return true if recused
   */
  public boolean isRecused(String personId) {
    return recusals().stream().anyMatch(r -> r.person().id().equals(personId));
  }

  /**
   * Obtains an item with number, title and kind; add the rest with {@link #builder()}.
   *
   * @param number the number
   * @param title the title
   * @param kind the kind
   * @return the item
   */
  public static AgendaItem of(String number, String title, ItemKind kind) {
    return builder().number(number).title(title).kind(kind).build();
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
  AgendaItem normalize() {
    String number = Names.normalize("agendaItem.number", number());
    String field = "agendaItems['" + number + "']";
    String title = Names.normalize(field + ".title", title());
    Optional<String> recommendation = recommendation().map(t -> Texts.require(field + ".recommendation", t));
    Optional<String> description = description().map(t -> Texts.require(field + ".description", t));
    Optional<String> decision = decision().map(t -> Texts.require(field + ".decision", t));
    if (!addedLate() && (objectionByChair() || objectingMembers() != 0)) {
      throw new InvalidValueException(field + ".objectingMembers", objectingMembers(),
          "only an item added late can be objected to");
    }
    if (objectingMembers() < 0) {
      throw new InvalidValueException(field + ".objectingMembers", objectingMembers(), "must not be negative");
    }
    Set<String> recused = new HashSet<>();
    for (int i = 0; i < recusals().size(); i++) {
      String id = recusals().get(i).person().id();
      if (!recused.add(id)) {
        throw new InvalidValueException(field + ".recusals[" + i + "].person", id, "is already recused from the item");
      }
    }
    boolean same = number.equals(number()) && title.equals(title()) && recommendation.equals(recommendation()) && description.equals(description())
        && decision.equals(decision());
    return same ? this : builder().from(this).number(number).title(title).recommendation(recommendation).description(description).decision(decision).build();
  }

  @Override
  public String toString() {
    return number() + " " + title() + " (" + kind() + ")";
  }

  /** Builds an {@link AgendaItem}: number, title and kind are required. */
  public static final class Builder extends ImmutableAgendaItem.Builder {
    Builder() {}

    /**
     * Sets the case number from its text, read in a context.
     *
     * @param text the case number as written, such as {@code "13/37262"}
     * @param context the jurisdiction and reference year to read it in
     * @return this builder
     * @throws AmbiguousCaseNumberException if the text fits more than one scheme of the context
     * @throws InvalidValueException if it fits none
     */
    public Builder caseNumber(String text, CaseNumberContext context) {
      caseNumber(CaseNumber.parse(text, context));
      return this;
    }
  }
}
