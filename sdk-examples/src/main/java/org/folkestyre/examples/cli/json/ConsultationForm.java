package org.folkestyre.examples.cli.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.consultation.Channel;
import org.folkestyre.core.consultation.Consultation;
import org.folkestyre.core.consultation.ConsultationKind;
import org.folkestyre.core.consultation.ConsultationState;
import org.folkestyre.core.consultation.Disposition;
import org.folkestyre.core.consultation.DispositionOutcome;
import org.folkestyre.core.consultation.LateDecision;
import org.folkestyre.core.consultation.RespondentKind;
import org.folkestyre.core.consultation.StateChange;
import org.folkestyre.core.consultation.Submission;
import org.folkestyre.core.consultation.SubmissionStatus;
import org.folkestyre.core.jurisdiction.Jurisdiction;

/**
 * Converts the JSON form of a consultation ({@link ConsultationJson}) into the library's
 * {@link Consultation}.
 *
 * <p>Every structural check of the core applies; each {@link InvalidValueException} is re-thrown
 * with the JSON path of the offending value as its field, such as
 * {@code Invalid dispositions[0].submission 'S9': is not a submission of consultation 21/01234}; a
 * missing required property is reported as a {@link MissingPropertyException} naming its path.
 */
public final class ConsultationForm {
  private ConsultationForm() {}

  /**
   * Builds the consultation a JSON form describes.
   *
   * @param json the JSON form
   * @return the consultation
   * @throws InvalidValueException if a value breaks a structural rule; the field is the JSON path
   *     of the value, such as {@code submissions[2].received}
   * @throws MissingPropertyException if a required property is absent or {@code null}
   */
  public static Consultation toCore(ConsultationJson json) {
    Jurisdiction jurisdiction = leaf("jurisdiction", () -> Jurisdiction.of(required("jurisdiction", json.jurisdiction())));
    String kindId = required("kind", json.kind());
    ConsultationKind kind = leaf("kind", () -> ConsultationKind.of(jurisdiction, kindId));
    Consultation.Builder builder = Consultation.builder()
        .id(required("id", json.id()))
        .subject(required("subject", json.subject()))
        .jurisdiction(jurisdiction)
        .kind(kind)
        .opens(date("opens", required("opens", json.opens())))
        .closes(date("closes", required("closes", json.closes())));
    List<String> channels = orEmpty(json.channels());
    for (int i = 0; i < channels.size(); i++) {
      String path = "channels[" + i + "]";
      String id = required(path, channels.get(i));
      builder.addChannel(leaf(path, () -> Channel.parse(id)));
    }
    List<ConsultationJson.StateChangeJson> history = orEmpty(json.history());
    for (int i = 0; i < history.size(); i++) {
      String path = "history[" + i + "]";
      ConsultationJson.StateChangeJson change = required(path, history.get(i));
      ConsultationState state = state(path + ".state", required(path + ".state", change.state()));
      builder.addHistory(StateChange.to(state, instant(path + ".at", required(path + ".at", change.at()))));
    }
    List<ConsultationJson.SubmissionJson> submissions = orEmpty(json.submissions());
    for (int i = 0; i < submissions.size(); i++) {
      builder.addSubmission(submission("submissions[" + i + "]", required("submissions[" + i + "]",
          submissions.get(i))));
    }
    Consultation received = build(builder);

    Map<String, LateDecision> decisions = new LinkedHashMap<>();
    for (int i = 0; i < submissions.size(); i++) {
      String text = submissions.get(i).lateDecision();
      if (text == null) {
        continue;
      }
      String path = "submissions[" + i + "].lateDecision";
      LateDecision decision = leaf(path, () -> LateDecision.ofId(text));
      Submission submission = received.submissions().get(i);
      if (!received.isLate(submission)) {
        throw new InvalidValueException(path, text, "submission " + submission.id() + " was received "
            + submission.received() + ", not after the closing day " + received.closes()
            + "; only a late submission takes a decision");
      }
      decisions.put(submission.id(), decision);
    }
    Consultation decided = build(Consultation.builder().from(received).lateDecisions(decisions));

    List<ConsultationJson.DispositionJson> dispositions = orEmpty(json.dispositions());
    List<Disposition> answers = new ArrayList<>();
    Set<String> answered = new HashSet<>();
    for (int i = 0; i < dispositions.size(); i++) {
      String path = "dispositions[" + i + "]";
      ConsultationJson.DispositionJson form = required(path, dispositions.get(i));
      String id = required(path + ".submission", form.submission());
      Submission submission = decided.submission(id).orElseThrow(() -> new InvalidValueException(
          path + ".submission", id, "is not a submission of consultation " + decided.id()));
      if (!answered.add(submission.id())) {
        throw new InvalidValueException(path + ".submission", id, "is answered by another disposition too");
      }
      if (decided.status(submission) == SubmissionStatus.LATE_EXCLUDED) {
        throw new InvalidValueException(path + ".submission", id,
            "was excluded as late; an excluded submission gets no disposition");
      }
      DispositionOutcome outcome = leaf(path + ".outcome", () ->
          DispositionOutcome.ofId(required(path + ".outcome", form.outcome())));
      String reason = required(path + ".reason", form.reason());
      List<String> changes = orEmpty(form.changes());
      for (int j = 0; j < changes.size(); j++) {
        required(path + ".changes[" + j + "]", changes.get(j));
      }
      answers.add(inside(path, () -> Disposition.of(id, outcome, reason, changes)));
    }
    return build(Consultation.builder().from(decided).dispositions(answers));
  }

  private static Submission submission(String path, ConsultationJson.SubmissionJson json) {
    Submission.Builder builder = Submission.builder()
        .id(required(path + ".id", json.id()))
        .respondent(leaf(path + ".respondent", () ->
            RespondentKind.ofId(required(path + ".respondent", json.respondent()))))
        .channel(leaf(path + ".channel", () -> Channel.parse(required(path + ".channel", json.channel()))))
        .received(instant(path + ".received", required(path + ".received", json.received())))
        .text(required(path + ".text", json.text()));
    if (json.district() != null) {
      builder.district(json.district());
    }
    if (json.submitter() != null) {
      builder.submitter(json.submitter());
    }
    if (json.language() != null) {
      builder.language(leaf(path + ".language", () -> Language.ofTag(json.language())));
    }
    if (json.themes() != null) {
      builder.themes(json.themes());
    }
    return inside(path, builder::build);
  }

  private static Consultation build(Consultation.Builder builder) {
    try {
      return builder.build();
    } catch (InvalidValueException e) {
      String field = e.field().replaceFirst("^consultation\\.", "")
          .replaceFirst("^(dispositions\\[\\d+])\\.submissionId", "$1.submission");
      throw relocated(field, e);
    }
  }

  private static ConsultationState state(String path, String text) {
    String key = text.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(ConsultationState.values()).filter(s -> s.name().equals(key)).findFirst()
        .orElseThrow(() -> new InvalidValueException(path, text, "must be one of "
            + Arrays.stream(ConsultationState.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))));
  }

  private static LocalDate date(String path, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(path, text, "must be a date in the form YYYY-MM-DD");
    }
  }

  private static Instant instant(String path, String text) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(path, text, "must be a date and time with its offset, such as"
          + " 2026-03-24T08:00:00Z or 2026-03-24T10:00:00+02:00");
    }
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static <T> T required(String path, T value) {
    if (value == null) {
      throw new MissingPropertyException(path);
    }
    return value;
  }

  /** Runs a factory whose error names the value itself: the error is moved to the path. */
  private static <T> T leaf(String path, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      throw relocated(path, e);
    }
  }

  /**
   * Runs a factory whose errors name a field of the value, such as {@code submission.text}: the
   * field is moved under the path, as {@code submissions[2].text}.
   */
  private static <T> T inside(String path, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidValueException e) {
      String field = e.field();
      int dot = field.indexOf('.');
      String rest = dot < 0 ? "" : field.substring(dot + 1).replaceFirst("^submissionId", "submission");
      throw relocated(rest.isEmpty() ? path : path + "." + rest, e);
    }
  }

  private static InvalidValueException relocated(String path, InvalidValueException e) {
    if (path.equals(e.field())) {
      return e;
    }
    InvalidValueException moved = new InvalidValueException(path, e.value(), e.rule());
    moved.initCause(e);
    return moved;
  }
}
