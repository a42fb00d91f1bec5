package org.folkestyre.toolkit.initiative;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A citizen initiative — innbyggerforslag (NO), borgerforslag (DK): a proposal residents ask
 * their council to consider, with the signatures collected for it.
 *
 * <p>Its life: collection opens ({@link #opened()}), signatures come in, the initiative is
 * submitted to the council ({@link #submitted()}), and the council decides ({@link #decided()}).
 * The signatures are every one received, duplicates included, so that nothing a person gave is
 * lost; {@link #status(LocalDate)} counts each person once.
 *
 * <p>Structural invariants are checked when it is built: the texts are not blank; the scheme fits
 * the area (its jurisdiction and level); submission is not before opening, and a decision not
 * before submission. Whether it has enough support, only residents' signatures, a timely decision
 * and new content are governance rules, checked by the validator with
 * {@link InitiativeRulePacks}: an initiative that breaks them can be built and asked what is wrong.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class CitizenInitiative {
  CitizenInitiative() {}

  /**
   * Returns the initiative's id, unique within its register.
   *
   * @return the id, such as {@code "2025-3"}
   */
  public abstract String id();

  /**
   * Returns the title.
   *
   * @return the title, such as {@code "Bevar Svelvik skole"}
   */
  public abstract String title();

  /**
   * Returns the proposal itself: what the council is asked to decide.
   *
   * @return the content
   */
  public abstract String content();

  /**
   * Returns an opaque reference to the proposer, who is to be informed of the outcome; the
   * embedding system keeps the person's name and contact details.
   *
   * @return the proposer's reference
   */
  public abstract String proposer();

  /**
   * Returns the municipality or county whose council the initiative is addressed to.
   *
   * @return the area
   */
  public abstract InitiativeArea area();

  /**
   * Returns the scheme the initiative follows.
   *
   * @return the scheme
   */
  public abstract InitiativeScheme scheme();

  /**
   * Returns the day signature collection opened.
   *
   * @return the date
   */
  public abstract LocalDate opened();

  /**
   * Returns the day the initiative was submitted to the council.
   *
   * @return the date, or empty while signatures are being collected
   */
  public abstract Optional<LocalDate> submitted();

  /**
   * Returns the day the council decided the initiative.
   *
   * @return the date, or empty while undecided
   */
  public abstract Optional<LocalDate> decided();

  /**
   * Returns whether the council referred the initiative to an ongoing plan case under
   * plan- og bygningsloven, where the 6-month deadline does not apply (kommuneloven § 12-1 andre ledd).
   *
   * @return true if referred; false unless set
   */
  @Value.Default
  public boolean referredToPlanCase() {
    return false;
  }

  /**
   * Returns the id of an earlier initiative this one has the same content as, when a person (not
   * the text comparison of {@link #contentKey()}) has found them to be the same.
   *
   * @return the earlier initiative's id, or empty
   */
  public abstract Optional<String> sameContentAs();

  /**
   * Returns every signature received, in order, duplicates and invalid ones included.
   *
   * @return the signatures
   */
  public abstract ImmutableList<Signature> signatures();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the key under which two proposals have the same content.
   *
   * <p>The key of the {@link #content()}: compatibility-normalised (NFKC), lower case in the root
   * locale, every run of characters other than letters and digits made one space, trimmed. So
   * "Bevar  Svelvik skole!" and "bevar svelvik skole" have the same content; "Bevar Svelvik
   * skoler" does not. The title is not part of it. For content that is the same in substance but
   * not in words, link the initiatives with {@link #sameContentAs()}.
   *
   * @return the content key
   */
  @Value.Lazy
  public String contentKey() {
    return contentKey(content());
  }

  /**
   * Returns the content key of a text, as {@link #contentKey()} computes it.
   *
   * @param text the text
   * @return the key
   */
  public static String contentKey(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /**
   * Returns the number of signatures required in the area under the scheme.
   *
   * @return the threshold, at least 1
   */
  public long requiredSignatures() {
    return scheme().threshold().required(area().population());
  }

  /**
   * Returns the last day signatures may be given under the scheme's collection window.
   *
   * @return the day, or empty if the scheme has no window
   */
  public Optional<LocalDate> lastCollectionDay() {
    return scheme().lastCollectionDay(opened());
  }

  /**
   * Returns the day the council must decide by.
   *
   * @return the deadline, or empty before submission, when the scheme sets none, or when the
   *     initiative was referred to a plan case
   */
  public Optional<LocalDate> decisionDeadline() {
    if (referredToPlanCase()) {
      return Optional.empty();
    }
    return submitted().flatMap(date -> scheme().decisionDeadline(date));
  }

  /**
   * Returns whether a signature comes from a person who may sign: a resident of the area, or
   * anyone when the scheme does not require residence.
   *
   * @param signature the signature
   * @return true if the signer may sign
   */
  public boolean isEligible(Signature signature) {
    return !scheme().residentsOnly() || area().includes(signature.residence());
  }

  /**
   * Returns whether a signature was given while collection was open: on or after the opening
   * day, within the scheme's window, and not after submission.
   *
   * @param signature the signature
   * @return true if given in time
   */
  public boolean isInCollectionPeriod(Signature signature) {
    LocalDate date = signature.date();
    return !date.isBefore(opened())
        && lastCollectionDay().map(last -> !date.isAfter(last)).orElse(true)
        && submitted().map(day -> !date.isAfter(day)).orElse(true);
  }

  /**
   * Returns the status on a date: the support counted against the threshold and the deadline.
   *
   * @param asOf the date of the status
   * @return the status
   */
  public InitiativeStatus status(LocalDate asOf) {
    return InitiativeStatus.of(this, asOf);
  }

  @Value.Check
  CitizenInitiative normalize() {
    checkYear("opened", opened());
    submitted().ifPresent(date -> checkYear("submitted", date));
    decided().ifPresent(date -> checkYear("decided", date));
    if (!scheme().jurisdiction().equals(area().jurisdiction())) {
      throw new InvalidValueException("scheme", scheme().name(), "is a scheme of " + scheme().jurisdiction().id()
          + ", but " + area() + " is in " + area().jurisdiction().id());
    }
    if (scheme().level() != area().level()) {
      throw new InvalidValueException("scheme", scheme().name(), "is for a " + scheme().level()
          + ", but " + area() + " is a " + area().level());
    }
    if (submitted().isPresent() && submitted().get().isBefore(opened())) {
      throw new InvalidValueException("submitted", submitted().get(), "is before collection opened on " + opened());
    }
    if (decided().isPresent()) {
      if (submitted().isEmpty()) {
        throw new InvalidValueException("decided", decided().get(), "an initiative is decided only after it is submitted");
      }
      if (decided().get().isBefore(submitted().get())) {
        throw new InvalidValueException("decided", decided().get(), "is before the submission on " + submitted().get());
      }
    }
    String id = Names.normalize("id", id());
    String title = Names.normalize("title", title());
    String content = Names.normalize("content", content());
    String proposer = Names.normalize("proposer", proposer());
    Optional<String> same = sameContentAs().map(s -> Names.normalize("sameContentAs", s));
    if (same.isPresent() && same.get().equals(id)) {
      throw new InvalidValueException("sameContentAs", same.get(), "an initiative cannot repeat itself");
    }
    if (id.equals(id()) && title.equals(title()) && content.equals(content()) && proposer.equals(proposer())
        && same.equals(sameContentAs())) {
      return this;
    }
    return builder().from(this).id(id).title(title).content(content).proposer(proposer).sameContentAs(same).build();
  }

  private static void checkYear(String field, LocalDate date) {
    if (date.getYear() < 1 || date.getYear() > 9999) {
      throw new InvalidValueException(field, date, "must be in the years 1 to 9999");
    }
  }

  @Override
  public String toString() {
    return "CitizenInitiative[" + id() + " '" + title() + "', " + area() + ", " + scheme().name() + ", "
        + signatures().size() + " signatures]";
  }

  /** Builds a {@link CitizenInitiative}: id, title, content, proposer, area, scheme and opening day are required. */
  public static final class Builder extends ImmutableCitizenInitiative.Builder {
    Builder() {}
  }
}
