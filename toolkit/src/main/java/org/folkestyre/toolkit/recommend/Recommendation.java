package org.folkestyre.toolkit.recommend;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.toolkit.method.Iap2Level;
import org.immutables.value.Value;

/**
 * The {@link Recommender}'s answer to a {@link RecommendationRequest} — metodeanbefaling (NO),
 * metodeanbefaling (DK): the methods ranked by score and the methods excluded, each with its
 * reasons, and the promise the chosen IAP2 level makes to participants.
 *
 * <p>Every method considered appears exactly once, ranked or excluded. The ranking is by score,
 * highest first; methods with equal scores keep the order of the catalogue. Ranks run from 1
 * without gaps. Excluded methods keep the order of the catalogue. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Recommendation {
  private static final LocalizedText INFORM = LocalizedText.of(
      "Dere har valgt IAP2-nivået INFORM: «Vi holder dere informert.»",
      "De har valt IAP2-nivået INFORM: «Vi held dykk informerte.»",
      "I har valgt IAP2-niveauet INFORM: »Vi holder jer informeret.«",
      "You have chosen the IAP2 level INFORM: \"We will keep you informed.\"");
  private static final LocalizedText CONSULT = LocalizedText.of(
      "Dere har valgt IAP2-nivået CONSULT: «Vi lytter og forteller hvordan innspillene ble brukt.»",
      "De har valt IAP2-nivået CONSULT: «Vi lyttar og fortel korleis innspela vart brukte.»",
      "I har valgt IAP2-niveauet CONSULT: »Vi lytter og fortæller, hvordan jeres input blev brugt.«",
      "You have chosen the IAP2 level CONSULT: \"We will listen and report back how your input was used.\"");
  private static final LocalizedText INVOLVE = LocalizedText.of(
      "Dere har valgt IAP2-nivået INVOLVE: «Det dere er opptatt av, skal synes i alternativene.»",
      "De har valt IAP2-nivået INVOLVE: «Det de er opptekne av, skal synast i alternativa.»",
      "I har valgt IAP2-niveauet INVOLVE: »Det, I er optaget af, skal afspejles i alternativerne.«",
      "You have chosen the IAP2 level INVOLVE: \"Your concerns will be reflected in the alternatives.\"");
  private static final LocalizedText COLLABORATE = LocalizedText.of(
      "Dere har valgt IAP2-nivået COLLABORATE: «Vi finner løsningen sammen med dere.»",
      "De har valt IAP2-nivået COLLABORATE: «Vi finn løysinga saman med dykk.»",
      "I har valgt IAP2-niveauet COLLABORATE: »Vi finder løsningen sammen med jer.«",
      "You have chosen the IAP2 level COLLABORATE: \"We will find the solution together with you.\"");
  private static final LocalizedText EMPOWER = LocalizedText.of(
      "Dere har valgt IAP2-nivået EMPOWER: «Vi gjennomfører det dere bestemmer.»",
      "De har valt IAP2-nivået EMPOWER: «Vi gjennomfører det de bestemmer.»",
      "I har valgt IAP2-niveauet EMPOWER: »Vi gennemfører det, I beslutter.«",
      "You have chosen the IAP2 level EMPOWER: \"We will implement what you decide.\"");

  Recommendation() {}

  /**
   * Returns the request this answers.
   *
   * @return the request
   */
  @Value.Parameter
  public abstract RecommendationRequest request();

  /**
   * Returns the methods ranked, best first.
   *
   * @return the ranked methods, possibly none
   */
  @Value.Parameter
  public abstract ImmutableList<RankedMethod> recommended();

  /**
   * Returns the methods excluded, in catalogue order.
   *
   * @return the excluded methods, possibly none
   */
  @Value.Parameter
  public abstract ImmutableList<ExcludedMethod> excluded();

  /**
   * Returns the promise the chosen IAP2 level makes to participants, which every ranked method
   * can keep: the first rule of thumb is to choose the influence level before the method.
   *
   * @return the promise in every language
   */
  public LocalizedText promise() {
    return promise(request().level());
  }

  /**
   * Returns the promise an IAP2 level makes to participants.
   *
   * @param level the level
   * @return the promise in every language
   */
  public static LocalizedText promise(Iap2Level level) {
    return switch (level) {
      case INFORM -> INFORM;
      case CONSULT -> CONSULT;
      case INVOLVE -> INVOLVE;
      case COLLABORATE -> COLLABORATE;
      case EMPOWER -> EMPOWER;
    };
  }

  /**
   * Returns the ranked method with an id.
   *
   * @param id the method's id
   * @return the ranked method, or empty if the method is not ranked
   */
  public Optional<RankedMethod> ranked(String id) {
    return recommended().stream().filter(entry -> entry.id().equals(id)).findFirst();
  }

  /**
   * Returns the excluded method with an id.
   *
   * @param id the method's id
   * @return the excluded method, or empty if the method is not excluded
   */
  public Optional<ExcludedMethod> exclusion(String id) {
    return excluded().stream().filter(entry -> entry.id().equals(id)).findFirst();
  }

  /**
   * Obtains a recommendation.
   *
   * @param request the request
   * @param recommended the ranked methods, best first, ranked from 1 without gaps
   * @param excluded the excluded methods
   * @return the recommendation
   * @throws InvalidValueException if the ranks or scores are out of order or a method appears twice
   */
  public static Recommendation of(RecommendationRequest request, Iterable<? extends RankedMethod> recommended,
      Iterable<? extends ExcludedMethod> excluded) {
    return ImmutableRecommendation.of(request, recommended, excluded);
  }

  @Value.Check
  void check() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < recommended().size(); i++) {
      RankedMethod entry = recommended().get(i);
      if (entry.rank() != i + 1) {
        throw new InvalidValueException("recommended", entry, "rank " + entry.rank() + " stands at place " + (i + 1));
      }
      if (i > 0 && recommended().get(i - 1).score() < entry.score()) {
        throw new InvalidValueException("recommended", entry, "scores must not rise down the ranking");
      }
      unique(ids, entry.id());
    }
    for (ExcludedMethod entry : excluded()) {
      unique(ids, entry.id());
    }
  }

  private static void unique(Set<String> ids, String id) {
    if (!ids.add(id)) {
      throw new InvalidValueException("method id", id, "appears more than once in a recommendation");
    }
  }
}
