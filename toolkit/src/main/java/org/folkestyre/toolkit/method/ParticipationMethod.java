package org.folkestyre.toolkit.method;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
 * <p>The fields follow the method schema of the project's research (schema version
 * {@value #SCHEMA_VERSION}), which reuses Participedia's vocabularies and adds what Norwegian and
 * Danish municipalities need. Fields the schema requires but which older descriptions may lack
 * (openness, selection, facilitation, scopes, planning phases, outputs, accessibility) are
 * optional or may be empty here, so that such descriptions still build; the governance rule
 * {@code METHOD-COMPLETE} of {@link MethodValidation} reports what is missing.
 *
 * <p>Structural invariants are checked when it is built: the id is kebab-case, and namespaced
 * ({@code vendor.example:my-method}) exactly when the method is not built in; summaries hold at
 * most 280 characters; there are one to three distinct purposes, at least one arena and target
 * group; an IAP2 range covers the primary level; ranked lists (method types, interaction types,
 * decision methods: three; recruitment: two) are short enough and repeat nothing; versions are
 * semantic versions; ages lie between 0 and {@value #MAX_AGE} and the maximum is not below the
 * minimum. Whether a method's parts fit together (such as a collaborating method that gives
 * participants no power) is for the governance rules of {@link MethodValidation}.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class ParticipationMethod {
  /** The longest summary, in characters, per language. */
  public static final int MAX_SUMMARY_LENGTH = 280;

  /** The most purposes a method may rank. */
  public static final int MAX_PURPOSES = 3;

  /** The most entries of a ranked list other than recruitment: method types, interactions, decision methods. */
  public static final int MAX_RANKED = 3;

  /** The most recruitment methods a method may rank. */
  public static final int MAX_RECRUITMENT = 2;

  /** The version of the method schema this class implements. */
  public static final String SCHEMA_VERSION = "1.0.0";

  /** The highest age a method may state. */
  public static final int MAX_AGE = 120;

  private static final Pattern SEMVER = Pattern.compile("(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)");

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
   * Returns the version of the method schema the description follows.
   *
   * @return the schema version, {@value #SCHEMA_VERSION} unless set
   */
  @Value.Default
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /**
   * Returns the version of this description, raised by its author when it changes.
   *
   * @return a semantic version such as {@code "1.0.0"}; {@code "1.0.0"} unless set
   */
  @Value.Default
  public String version() {
    return "1.0.0";
  }

  /**
   * Returns other names (aliases) the method goes by, per language, such as "åpent møte" for a
   * folkemøte.
   *
   * @return the alternative names by language, possibly none
   */
  public abstract ImmutableListMultimap<Language, String> alternativeNames();

  /**
   * Returns the general types of the method, most typical first, after Participedia.
   *
   * @return up to three distinct method types, possibly none for a draft
   */
  public abstract ImmutableList<MethodType> methodTypes();

  /**
   * Returns the level of the Norwegian circle of influence the method reaches.
   *
   * @return the level, or empty; {@link NorwegianInfluenceLevel#from(Iap2Level)} derives one
   */
  public abstract Optional<NorwegianInfluenceLevel> norwegianInfluenceLevel();

  /**
   * Returns who usually starts the method.
   *
   * @return the initiators, possibly none
   */
  public abstract ImmutableSet<Initiator> initiators();

  /**
   * Returns the legal basis of the method — hjemmel: the law it rests on, such as kommuneloven
   * § 12-1 for a citizens' initiative.
   *
   * @return the legal references, possibly none
   */
  public abstract ImmutableList<LegalReference> legalReferences();

  /**
   * Returns a note on the method's legal status, in English, such as that a standing sortition
   * panel may be a folkevalgt organ with open meetings.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> legalStatusNote();

  /**
   * Returns who may take part.
   *
   * @return the openness, or empty if not described (required for a complete description)
   */
  public abstract Optional<Openness> openness();

  /**
   * Returns how participants come to take part, in a coarse class.
   *
   * @return the selection, or empty if not described (required for a complete description)
   */
  public abstract Optional<Selection> selection();

  /**
   * Returns how participants are recruited, most typical first.
   *
   * @return up to two distinct recruitment methods, possibly none
   */
  public abstract ImmutableList<Recruitment> recruitment();

  /**
   * Returns the youngest age the method suits.
   *
   * @return the minimum age in years, or empty if there is none
   */
  public abstract OptionalInt minimumAge();

  /**
   * Returns the oldest age the method is meant for, as for a youth council.
   *
   * @return the maximum age in years, or empty if there is none
   */
  public abstract OptionalInt maximumAge();

  /**
   * Returns how participants interact, most typical first.
   *
   * @return up to three distinct interaction types, possibly none
   */
  public abstract ImmutableList<InteractionType> interactionTypes();

  /**
   * Returns the kind of talk the method fosters.
   *
   * @return the deliberation type, or empty
   */
  public abstract Optional<DeliberationType> deliberationType();

  /**
   * Returns how the method reaches its result, most typical first.
   *
   * @return up to three distinct decision methods, possibly none
   */
  public abstract ImmutableList<DecisionMethod> decisionMethods();

  /**
   * Returns whether the method has facilitators.
   *
   * @return the facilitation, or empty if not described (required for a complete description)
   */
  public abstract Optional<Facilitation> facilitation();

  /**
   * Returns the information participants receive to learn about the matter.
   *
   * @return the learning resources, possibly none
   */
  public abstract ImmutableSet<LearningResource> learningResources();

  /**
   * Returns the geographical scopes the method's result can bear on.
   *
   * @return the scopes, possibly none for a draft
   */
  public abstract ImmutableSet<Scope> scopes();

  /**
   * Returns the phases of a planning or decision process the method suits.
   *
   * @return the planning phases, possibly none for a draft
   */
  public abstract ImmutableSet<PlanningPhase> planningPhases();

  /**
   * Returns what the method produces.
   *
   * @return the outputs, possibly none for a draft
   */
  public abstract ImmutableSet<MethodOutput> outputs();

  /**
   * Returns the staff days the municipality spends on one run, preparation and follow-up included.
   *
   * @return the staff days, or empty
   */
  public abstract Optional<Span> staffDays();

  /**
   * Returns the structured accessibility description.
   *
   * @return the accessibility, or empty if not described (required for a complete description)
   */
  public abstract Optional<Accessibility> accessibility();

  /**
   * Returns the structured sources the description rests on.
   *
   * @return the sources, possibly none
   */
  public abstract ImmutableList<SourceReference> references();

  /**
   * Returns the licence of the description, as an SPDX identifier.
   *
   * @return the licence, such as {@code "Apache-2.0"} or {@code "CC-BY-4.0"}, or empty
   */
  public abstract Optional<String> licence();

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
    if (!SEMVER.matcher(schemaVersion()).matches()) {
      throw new InvalidValueException("schemaVersion", schemaVersion(), "must be a version such as '1.0.0'");
    }
    if (!SEMVER.matcher(version()).matches()) {
      throw new InvalidValueException("version", version(), "must be a semantic version such as '1.0.0'");
    }
    ranked("methodTypes", methodTypes(), MAX_RANKED);
    ranked("recruitment", recruitment(), MAX_RECRUITMENT);
    ranked("interactionTypes", interactionTypes(), MAX_RANKED);
    ranked("decisionMethods", decisionMethods(), MAX_RANKED);
    age("minimumAge", minimumAge());
    age("maximumAge", maximumAge());
    if (minimumAge().isPresent() && maximumAge().isPresent() && maximumAge().getAsInt() < minimumAge().getAsInt()) {
      throw new InvalidValueException("maximumAge", maximumAge().getAsInt(),
          "must be at least the minimum age " + minimumAge().getAsInt());
    }
    for (var entry : alternativeNames().entries()) {
      if (entry.getValue().isBlank()) {
        throw new InvalidValueException("alternativeNames." + entry.getKey().tag(), entry.getValue(), "must not be blank");
      }
    }
    blank("legalStatusNote", legalStatusNote());
    blank("licence", licence());
    if (licence().isPresent() && !licence().get().matches("[A-Za-z0-9.+-]+")) {
      throw new InvalidValueException("licence", licence().get(), "must be an SPDX identifier such as 'CC-BY-4.0'");
    }
  }

  private static void ranked(String field, List<?> values, int max) {
    if (values.size() > max) {
      throw new InvalidValueException(field, values, "ranks at most " + max + " entries, not " + values.size());
    }
    if (new HashSet<>(values).size() != values.size()) {
      throw new InvalidValueException(field, values, "must not repeat an entry");
    }
  }

  private static void age(String field, OptionalInt age) {
    if (age.isPresent() && (age.getAsInt() < 0 || age.getAsInt() > MAX_AGE)) {
      throw new InvalidValueException(field, age.getAsInt(), "must be between 0 and " + MAX_AGE);
    }
  }

  private static void blank(String field, Optional<String> text) {
    if (text.isPresent() && text.get().isBlank()) {
      throw new InvalidValueException(field, text.get(), "must not be blank");
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
