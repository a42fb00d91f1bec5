package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.consultation.Channel;
import org.folkestyre.core.consultation.ChannelKind;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationKind;
import org.folkestyre.core.consultation.ConsultationState;
import org.folkestyre.core.consultation.Deadlines;
import org.folkestyre.core.consultation.Disposition;
import org.folkestyre.core.consultation.DispositionOutcome;
import org.folkestyre.core.consultation.LateDecision;
import org.folkestyre.core.consultation.RespondentKind;
import org.folkestyre.core.consultation.StateChange;
import org.folkestyre.core.consultation.Submission;
import org.folkestyre.core.internal.rules.ConsultationRules;
import org.folkestyre.core.jurisdiction.HolidayCalendar;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * Generators of consultations: valid ones of Norway and Denmark, and ones that break exactly one
 * consultation rule.
 *
 * <p>A generated consultation opens on a day between 1990 and 2060, has a legal kind of its
 * jurisdiction or is voluntary, and closes on or after the earliest legal day (a state hearing
 * on or after the normal three months). It is in any state of its lifecycle, with a history whose
 * instants follow the dates. Once opened it has submissions of every kind of respondent through
 * the built-in channels and an {@code other:} method, some late, some sharing a submitter, some
 * forming a campaign of near-identical texts. A summarised or published consultation has decided
 * every late submission and answered every included one; one in an earlier state has done some
 * of that. "Valid" means without violations under the jurisdiction's statutory packs and
 * {@code DRAMMEN-PARTICIPATION}, warnings included. Consultations of {@link #breaking(String)} differ in
 * one place so that the named rule, and no other of those packs, is broken. The size bounds the
 * number of submissions (up to about {@code 3 × size + 2}).
 */
public final class ConsultationGenerators {
  private static final ImmutableSet<String> NORWEGIAN_BREAKABLE = ImmutableSet.of(
      ConsultationRules.NO_PLANPROGRAM_ID, ConsultationRules.NO_REGULERINGSPLAN_PLANPROGRAM_ID,
      ConsultationRules.NO_KOMMUNEPLAN_ID, ConsultationRules.NO_REGULERINGSPLAN_ID, ConsultationRules.NO_STATE_ID,
      ConsultationRules.NO_STATE_NORMAL_ID);
  private static final ImmutableSet<String> DANISH_BREAKABLE = ImmutableSet.of(ConsultationRules.DK_ID);
  private static final ImmutableSet<String> LOYALTY_BREAKABLE = ImmutableSet.of(ConsultationRules.LOYALTY_ID,
      ConsultationRules.LATE_DECISION_ID);

  private static final LocalDate FIRST_OPENING = LocalDate.of(1990, 1, 1);
  private static final LocalDate LAST_OPENING = LocalDate.of(2060, 12, 31);
  private static final String[] SUBJECTS = {
    "Kommuneplanens samfunnsdel 2021–2040", "Planprogram for kommuneplanens arealdel", "Reguleringsplan for Konnerud"
        + " sentrum", "Lokalplan for Holbæk Havn", "Kommuneplan 2025", "Strategi for lokaldemokrati",
    "Ny skolestruktur i Svelvik"
  };
  private static final String[] DISTRICTS = {
    "Konnerud", "Strømsø", "Bragernes", "Åssiden", "Mjøndalen", "Solbergelva", "Svelvik", "Skoger", "Gulskogen",
    "Fjell"
  };
  private static final String[] WORDS = {
    "vi", "ønsker", "flere", "gang", "og", "sykkelveier", "langs", "elva", "i", "sentrum", "barn", "unge", "trenger",
    "møteplasser", "bussen", "går", "for", "sjelden", "kveldstid", "skolen", "må", "bevares", "grøntområdene", "er",
    "viktige", "for", "folkehelsen", "frivilligheten", "biblioteket", "lengre", "åpningstider", "trafikken", "farlig",
    "fartsdumper", "boliger", "eldre", "universell", "utforming", "tilgjengelig", "rullestol", "idrettshall",
    "kunstgress", "badeplass", "parkering", "kollektivtilbud", "klima", "natur", "kulturarv", "handel", "næringsliv",
    "arbeidsplasser", "støy", "lys", "turstier", "marka", "fjorden", "brygga", "torget", "kommunedelen", "knutepunkt"
  };
  private static final String[] CHANGES = {
    "Kapittel 4.2: ny gang- og sykkelvei langs elva", "Kapittel 3.1: møteplasser for unge i alle kommunedeler",
    "Kapittel 5: universell utforming som eget mål", "Arealkart: grøntkorridor ved Fjell", "Handlingsdel: bedre"
        + " kveldsbusser"
  };

  private ConsultationGenerators() {}

  /**
   * Returns the ids of the rules {@link #breaking(String)} can break.
   *
   * @return the rule ids
   */
  public static ImmutableSet<String> breakableRules() {
    return ImmutableSet.<String>builder().addAll(NORWEGIAN_BREAKABLE).addAll(DANISH_BREAKABLE)
        .addAll(LOYALTY_BREAKABLE).build();
  }

  /**
   * Returns a generator of valid consultations of a jurisdiction.
   *
   * @param jurisdiction Norway or Denmark
   * @return the generator
   * @throws InvalidValueException if the jurisdiction is neither
   */
  public static Generator<Consultation> valid(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (!jurisdiction.equals(Jurisdiction.norway()) && !jurisdiction.equals(Jurisdiction.denmark())) {
      throw new InvalidValueException("jurisdiction", jurisdiction, "must be NO or DK");
    }
    return (random, size) -> new Scene(random, size, jurisdiction, null, Break.NONE).build();
  }

  /**
   * Returns a generator of valid consultations, Norwegian and Danish at random.
   *
   * @return the generator
   */
  public static Generator<Consultation> valid() {
    return (random, size) -> new Scene(random, size,
        random.nextBoolean() ? Jurisdiction.norway() : Jurisdiction.denmark(), null, Break.NONE).build();
  }

  /**
   * Returns a generator of consultations that break exactly the named rule and no other rule of
   * their jurisdiction's statutory packs and {@code DRAMMEN-PARTICIPATION}.
   *
   * @param ruleId the rule to break, one of {@link #breakableRules()}
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by this method
   */
  public static Generator<Consultation> breaking(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    switch (ruleId) {
      case ConsultationRules.NO_PLANPROGRAM_ID:
        return short_(Jurisdiction.norway(), ConsultationKind.NO_PLANPROGRAM);
      case ConsultationRules.NO_REGULERINGSPLAN_PLANPROGRAM_ID:
        return short_(Jurisdiction.norway(), ConsultationKind.NO_REGULERINGSPLAN_PLANPROGRAM);
      case ConsultationRules.NO_KOMMUNEPLAN_ID:
        return short_(Jurisdiction.norway(), ConsultationKind.NO_KOMMUNEPLAN);
      case ConsultationRules.NO_REGULERINGSPLAN_ID:
        return short_(Jurisdiction.norway(), ConsultationKind.NO_REGULERINGSPLAN);
      case ConsultationRules.NO_STATE_ID:
        return short_(Jurisdiction.norway(), ConsultationKind.NO_STATE);
      case ConsultationRules.NO_STATE_NORMAL_ID:
        return (random, size) -> new Scene(random, size, Jurisdiction.norway(), ConsultationKind.NO_STATE,
            Break.BELOW_NORMAL).build();
      case ConsultationRules.DK_ID:
        return (random, size) -> new Scene(random, size, Jurisdiction.denmark(),
            oneOf(random, ConsultationKind.legalKinds(Jurisdiction.denmark())), Break.SHORT).build();
      case ConsultationRules.LOYALTY_ID:
        return (random, size) -> new Scene(random, size, anyJurisdiction(random), null, Break.LOYALTY).build();
      case ConsultationRules.LATE_DECISION_ID:
        return (random, size) -> new Scene(random, size, anyJurisdiction(random), null, Break.LATE).build();
      default:
        throw new InvalidValueException("ruleId", ruleId,
            "cannot be broken by a consultation generator; breakable: " + breakableRules());
    }
  }

  private static Generator<Consultation> short_(Jurisdiction jurisdiction, ConsultationKind kind) {
    return (random, size) -> new Scene(random, size, jurisdiction, kind, Break.SHORT).build();
  }

  private static Jurisdiction anyJurisdiction(RandomGenerator random) {
    return random.nextBoolean() ? Jurisdiction.norway() : Jurisdiction.denmark();
  }

  private static <T> T oneOf(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static <T> T oneOf(RandomGenerator random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** What a scene breaks. */
  private enum Break {
    NONE, SHORT, BELOW_NORMAL, LOYALTY, LATE
  }

  /** One generated consultation, built step by step from one random source. */
  private static final class Scene {
    private final RandomGenerator random;
    private final int size;
    private final Jurisdiction jurisdiction;
    private final ConsultationKind kind;
    private final Break fault;
    private final ZoneId zone;

    Scene(RandomGenerator random, int size, Jurisdiction jurisdiction, ConsultationKind kind, Break fault) {
      this.random = random;
      this.size = size;
      this.jurisdiction = jurisdiction;
      this.fault = fault;
      this.zone = jurisdiction.zone();
      if (kind != null) {
        this.kind = kind;
      } else {
        List<ConsultationKind> kinds = new ArrayList<>(ConsultationKind.legalKinds(jurisdiction));
        kinds.add(ConsultationKind.VOLUNTARY);
        this.kind = oneOf(random, kinds);
      }
    }

    Consultation build() {
      LocalDate opens = FIRST_OPENING.plusDays(random.nextLong(ChronoUnit.DAYS.between(FIRST_OPENING, LAST_OPENING) + 1));
      LocalDate closes = closes(opens);
      List<ConsultationState> path = path();
      List<StateChange> history = history(path, opens, closes);
      ConsultationState state = path.isEmpty() ? ConsultationState.DRAFT : path.get(path.size() - 1);
      boolean summarised = state.isSummarised();
      boolean closed = path.contains(ConsultationState.CLOSED);
      Consultation.Builder builder = Consultation.builder()
          .id(jurisdiction.id() + "-" + opens.getYear() + "-" + (1 + random.nextInt(999)))
          .subject(oneOf(random, SUBJECTS))
          .jurisdiction(jurisdiction)
          .kind(kind)
          .opens(opens)
          .closes(closes)
          .history(history);
      for (ChannelKind channel : ChannelKind.values()) {
        if (channel != ChannelKind.OTHER && random.nextInt(3) > 0) {
          builder.addChannel(Channel.of(channel));
        }
      }
      if (!path.contains(ConsultationState.OPEN)) {
        return builder.build();
      }
      List<Submission> submissions = submissions(opens, closes, closed);
      builder.submissions(submissions);
      Map<String, LateDecision> decisions = new LinkedHashMap<>();
      String undecided = null;
      for (Submission submission : submissions) {
        if (!isLate(submission, closes)) {
          continue;
        }
        if (fault == Break.LATE && undecided == null) {
          undecided = submission.id();
        } else if (summarised || random.nextBoolean()) {
          decisions.put(submission.id(), random.nextInt(3) == 0 ? LateDecision.EXCLUDE : LateDecision.INCLUDE);
        }
      }
      builder.lateDecisions(decisions);
      List<Disposition> dispositions = new ArrayList<>();
      String missing = null;
      for (Submission submission : submissions) {
        boolean late = isLate(submission, closes);
        boolean included = !late || decisions.get(submission.id()) == LateDecision.INCLUDE;
        if (!included) {
          continue;
        }
        if (fault == Break.LOYALTY && missing == null && !late) {
          missing = submission.id();
          continue;
        }
        if (summarised || random.nextBoolean()) {
          dispositions.add(disposition(submission.id()));
        }
      }
      builder.dispositions(dispositions);
      return builder.build();
    }

    private LocalDate closes(LocalDate opens) {
      HolidayCalendar calendar = jurisdiction.holidayCalendar();
      LocalDate earliest = Deadlines.earliestClose(kind, opens, calendar);
      LocalDate normal = Deadlines.normalClose(kind, opens, calendar);
      switch (fault) {
        case SHORT:
          return opens.plusDays(random.nextLong(ChronoUnit.DAYS.between(opens, earliest)));
        case BELOW_NORMAL:
          return earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, normal)));
        default:
          if (kind == ConsultationKind.VOLUNTARY) {
            return opens.plusDays(random.nextInt(43));
          }
          return normal.plusDays(random.nextInt(22));
      }
    }

    /** The states the consultation moved through, in order. */
    private List<ConsultationState> path() {
      List<ConsultationState> forward = List.of(ConsultationState.OPEN, ConsultationState.CLOSED,
          ConsultationState.SUMMARISED, ConsultationState.PUBLISHED);
      int steps;
      boolean withdrawn = false;
      if (fault == Break.LOYALTY || fault == Break.LATE) {
        steps = 3 + random.nextInt(2);
      } else {
        steps = random.nextInt(5);
        withdrawn = steps < 4 && random.nextInt(5) == 0;
      }
      List<ConsultationState> path = new ArrayList<>(forward.subList(0, steps));
      if (withdrawn) {
        path.add(ConsultationState.WITHDRAWN);
      }
      return path;
    }

    private List<StateChange> history(List<ConsultationState> path, LocalDate opens, LocalDate closes) {
      List<StateChange> history = new ArrayList<>();
      Instant last = opens.atTime(LocalTime.of(8, 0)).atZone(zone).toInstant();
      for (ConsultationState state : path) {
        Instant at;
        switch (state) {
          case OPEN:
            at = opens.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
            break;
          case CLOSED:
            at = closes.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(zone).toInstant();
            break;
          default:
            at = last.plus(1 + random.nextInt(30), ChronoUnit.DAYS);
            break;
        }
        if (at.isBefore(last)) {
          at = last;
        }
        history.add(StateChange.to(state, at));
        last = at;
      }
      return history;
    }

    private List<Submission> submissions(LocalDate opens, LocalDate closes, boolean closed) {
      int count = random.nextInt(3 * size + 2);
      if ((fault == Break.LOYALTY || fault == Break.LATE) && count == 0) {
        count = 1;
      }
      List<String> campaign = null;
      if (size > 2 && random.nextInt(3) == 0) {
        campaign = text(25 + random.nextInt(30));
      }
      Instant start = opens.atStartOfDay(zone).toInstant();
      Instant onTimeEnd = closes.plusDays(1).atStartOfDay(zone).toInstant();
      Instant end = closed ? closes.plusDays(15).atStartOfDay(zone).toInstant() : onTimeEnd;
      List<Submission> submissions = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Instant from = start;
        Instant until = end;
        if (i == 0 && fault == Break.LATE) {
          from = onTimeEnd;
          until = closes.plusDays(15).atStartOfDay(zone).toInstant();
        } else if (i == 0 && fault == Break.LOYALTY) {
          until = onTimeEnd;
        }
        Instant received = from.plusSeconds(random.nextLong(Math.max(1, until.getEpochSecond() - from.getEpochSecond())));
        RespondentKind respondent = oneOf(random, RespondentKind.values());
        Submission.Builder submission = Submission.builder()
            .id("S-" + (i + 1))
            .respondent(respondent)
            .channel(random.nextInt(8) == 0 ? Channel.other("citizens-panel")
                : Channel.of(ChannelKind.values()[random.nextInt(ChannelKind.values().length - 1)]))
            .received(received)
            .text(String.join(" ", campaign != null && random.nextBoolean() ? variant(campaign)
                : text(4 + random.nextInt(8 + 3 * size))));
        if (random.nextInt(4) > 0) {
          submission.district(oneOf(random, DISTRICTS));
        }
        if (respondent != RespondentKind.ANONYMOUS && random.nextInt(3) > 0) {
          submission.submitter("P-" + random.nextInt(count + 1));
        }
        if (random.nextInt(4) == 0) {
          submission.language(oneOf(random, Language.values()));
        }
        submissions.add(submission.build());
      }
      return submissions;
    }

    private boolean isLate(Submission submission, LocalDate closes) {
      return submission.received().atZone(zone).toLocalDate().isAfter(closes);
    }

    private List<String> text(int words) {
      List<String> text = new ArrayList<>(words);
      for (int i = 0; i < words; i++) {
        text.add(oneOf(random, WORDS));
      }
      return text;
    }

    /** The campaign's text, sometimes with its last word changed. */
    private List<String> variant(List<String> campaign) {
      List<String> text = new ArrayList<>(campaign);
      if (random.nextBoolean()) {
        text.set(text.size() - 1, oneOf(random, WORDS));
      }
      return text;
    }

    private Disposition disposition(String submissionId) {
      DispositionOutcome outcome = oneOf(random, DispositionOutcome.values());
      List<String> changes = new ArrayList<>();
      if (outcome.changesSomething() || (outcome == DispositionOutcome.NOTED && random.nextBoolean())) {
        int count = 1 + random.nextInt(2);
        for (int i = 0; i < count; i++) {
          String change = oneOf(random, CHANGES);
          if (!changes.contains(change)) {
            changes.add(change);
          }
        }
      }
      return Disposition.of(submissionId, outcome, "Vurdert i planarbeidet (" + outcome.id() + ").",
          ImmutableList.copyOf(changes));
    }
  }
}
