package org.folkestyre.toolkit.method;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.regex.Pattern;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A participation method — medvirkningsmetode: one way of involving citizens, described with the
 * fields a municipality needs to choose it.
 *
 * <p>The IAP2 level states the promise made to participants; the decision power states who
 * decides, which keeps, for example, an advisory and a binding referendum apart. Names and summary
 * are in every language; a text without a nynorsk version takes the bokmål one (see
 * {@link #texts(String, String, String)}).
 *
 * <p>Structural invariants are checked when it is built: the id is kebab-case, and namespaced
 * ({@code vendor.example:my-method}) exactly when the method is not built in; summaries hold at
 * most 280 characters; there are one to three distinct purposes, at least one arena and target
 * group; an IAP2 range covers the primary level. Whether a method's parts fit together (such as a
 * collaborating method that gives participants no power) is for the governance rules.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class ParticipationMethod {
  /** The longest summary, in characters, per language. */
  public static final int MAX_SUMMARY_LENGTH = 280;

  /** The most purposes a method may rank. */
  public static final int MAX_PURPOSES = 3;

  private static final String KEBAB = "[a-z0-9]+(-[a-z0-9]+)*";
  private static final Pattern LOCAL_ID = Pattern.compile(KEBAB);
  private static final Pattern NAMESPACED_ID = Pattern.compile(KEBAB + "(\\." + KEBAB + ")*:" + KEBAB);

  ParticipationMethod() {}

  /**
   * Returns the stable id.
   *
   * @return the id: kebab-case such as {@code "dialogue-meeting"} for a built-in method, namespaced
   *     such as {@code "vendor.example:my-method"} otherwise
   */
  public abstract String id();

  /**
   * Returns the name in every language.
   *
   * @return the names
   */
  public abstract LocalizedText names();

  /**
   * Returns a summary of at most {@value #MAX_SUMMARY_LENGTH} characters in every language.
   *
   * @return the summary
   */
  public abstract LocalizedText summary();

  /**
   * Returns what the method is for, most typical first.
   *
   * @return one to three distinct purposes
   */
  public abstract ImmutableList<Purpose> purposes();

  /**
   * Returns the primary IAP2 level: the promise the method usually makes.
   *
   * @return the level
   */
  public abstract Iap2Level iap2Level();

  /**
   * Returns the levels the method can be run at, when it is not tied to one.
   *
   * @return the range, covering {@link #iap2Level()}, or empty
   */
  public abstract Optional<Iap2Range> iap2Range();

  /**
   * Returns the arenas the method works in.
   *
   * @return at least one arena
   */
  public abstract ImmutableSet<Arena> arenas();

  /**
   * Returns the formal force of what participants produce.
   *
   * @return the decision power
   */
  public abstract DecisionPower decisionPower();

  /**
   * Returns whether participants meet in person, online or both.
   *
   * @return the mode
   */
  public abstract Mode mode();

  /**
   * Returns the typical number of participants.
   *
   * @return the group size
   */
  public abstract GroupSize groupSize();

  /**
   * Returns the groups the method suits.
   *
   * @return at least one target group
   */
  public abstract ImmutableSet<TargetGroup> targetGroups();

  /**
   * Returns the class of cost to the municipality.
   *
   * @return the cost class
   */
  public abstract CostClass costClass();

  /**
   * Returns how long the method takes.
   *
   * @return the duration
   */
  public abstract MethodDuration duration();

  /**
   * Returns notes on making the method accessible, in English.
   *
   * @return the notes, or empty
   */
  public abstract Optional<String> accessibilityNotes();

  /**
   * Returns short citations of the sources the description rests on, such as
   * {@code "DOGA: Gjestebud"}.
   *
   * @return the sources, possibly none for a draft
   */
  public abstract ImmutableList<String> sources();

  /**
   * Returns where the description comes from.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Returns the editorial status.
   *
   * @return the status
   */
  public abstract MethodStatus status();

  /**
   * Returns the name in one language.
   *
   * @param language the language
   * @return the name
   */
  public String name(Language language) {
    return names().get(language);
  }

  /**
   * Obtains a text in bokmål, Danish and English; the nynorsk text falls back to the bokmål one.
   *
   * @param nb the bokmål text, also used for nynorsk
   * @param da the Danish text
   * @param en the English text
   * @return the localized text
   * @throws InvalidValueException if a text is blank
   */
  public static LocalizedText texts(String nb, String da, String en) {
    return LocalizedText.of(nb, nb, da, en);
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
    boolean local = LOCAL_ID.matcher(id()).matches();
    if (provenance() == Provenance.BUILT_IN && !local) {
      throw new InvalidValueException("id", id(), "a built-in method's id is kebab-case, such as 'dialogue-meeting'");
    }
    if (provenance() != Provenance.BUILT_IN && !NAMESPACED_ID.matcher(id()).matches()) {
      throw new InvalidValueException("id", id(),
          "a " + provenance().name().toLowerCase(java.util.Locale.ROOT)
              + " method's id is namespaced kebab-case, such as 'vendor.example:my-method'");
    }
    for (Language language : Language.values()) {
      String text = summary().get(language);
      if (text.length() > MAX_SUMMARY_LENGTH) {
        throw new InvalidValueException("summary." + language.tag(), text,
            "must hold at most " + MAX_SUMMARY_LENGTH + " characters, not " + text.length());
      }
    }
    if (purposes().isEmpty() || purposes().size() > MAX_PURPOSES) {
      throw new InvalidValueException("purposes", purposes(), "needs one to " + MAX_PURPOSES + " purposes");
    }
    if (new HashSet<>(purposes()).size() != purposes().size()) {
      throw new InvalidValueException("purposes", purposes(), "must not repeat a purpose");
    }
    if (arenas().isEmpty()) {
      throw new InvalidValueException("arenas", arenas(), "needs at least one arena");
    }
    if (targetGroups().isEmpty()) {
      throw new InvalidValueException("targetGroups", targetGroups(), "needs at least one target group");
    }
    if (iap2Range().isPresent() && !iap2Range().get().contains(iap2Level())) {
      throw new InvalidValueException("iap2Range", iap2Range().get(), "must cover the IAP2 level " + iap2Level());
    }
    if (accessibilityNotes().isPresent() && accessibilityNotes().get().isBlank()) {
      throw new InvalidValueException("accessibilityNotes", accessibilityNotes().get(), "must not be blank");
    }
  }

  @Override
  public String toString() {
    return id();
  }

  /** Builds a {@link ParticipationMethod}; obtain one with {@link ParticipationMethod#builder()}. */
  public static final class Builder extends ImmutableParticipationMethod.Builder {
    Builder() {}
  }
}
