package org.folkestyre.toolkit.initiative;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.audit.AuditLog;

/**
 * Collects the signatures of one initiative — underskriftsinnsamling (NO), indsamling af støtte
 * (DK) — from any number of threads, counting each person once.
 *
 * <p>Each call to {@link #sign(Signature)} either records the signature and says whether it
 * counted or was a duplicate of a person already counted (across channels: a paper signature
 * after an electronic one is a duplicate), or rejects it with an {@link InvalidValueException}
 * naming the rule: a non-resident where the scheme requires residence, a date outside the
 * collection period, or an initiative already submitted. A duplicate is never dropped: it is kept
 * in the initiative's signatures and reported in {@link InitiativeStatus#duplicates()}.
 *
 * <p>With an {@link AuditLog}, every signature received, counted, duplicate or rejected, is
 * logged under the initiative's id with its channel, date and outcome; the person key goes into
 * the entry's personal-data reference, outside the hash chain, as
 * {@link org.folkestyre.core.consultation.AuditedConsultation} does for submitters.
 *
 * <p>This class is thread-safe: signatures are received one at a time, so two threads signing for
 * the same person give one {@link SignatureOutcome#COUNTED} and one
 * {@link SignatureOutcome#DUPLICATE}.
 */
public final class SignatureCollector {
  private final CitizenInitiative initiative;
  private final Optional<AuditLog> log;
  private final List<Signature> signatures = new ArrayList<>();
  private final Set<String> counted = new HashSet<>();
  private LocalDate submitted;

  private SignatureCollector(CitizenInitiative initiative, Optional<AuditLog> log) {
    this.initiative = initiative;
    this.log = log;
    this.submitted = initiative.submitted().orElse(null);
    for (Signature signature : initiative.signatures()) {
      signatures.add(signature);
      if (initiative.isEligible(signature) && initiative.isInCollectionPeriod(signature)) {
        counted.add(signature.personKey());
      }
    }
  }

  /**
   * Starts collecting for an initiative, keeping the signatures it already has.
   *
   * @param initiative the initiative
   * @return the collector
   */
  public static SignatureCollector start(CitizenInitiative initiative) {
    return new SignatureCollector(Objects.requireNonNull(initiative, "initiative"), Optional.empty());
  }

  /**
   * Starts collecting for an initiative and logs every signature received.
   *
   * @param initiative the initiative
   * @param log the audit log
   * @return the collector
   */
  public static SignatureCollector start(CitizenInitiative initiative, AuditLog log) {
    return new SignatureCollector(Objects.requireNonNull(initiative, "initiative"),
        Optional.of(Objects.requireNonNull(log, "log")));
  }

  /**
   * Receives a signature.
   *
   * @param signature the signature
   * @return the receipt: counted, or a duplicate of a person already counted
   * @throws InvalidValueException if the signer may not sign (naming the residence rule and its
   *     legal source), if it is dated outside the collection period, or if the initiative has been
   *     submitted; nothing is recorded, but the rejection is logged
   */
  public synchronized SignatureReceipt sign(Signature signature) {
    Objects.requireNonNull(signature, "signature");
    if (submitted != null) {
      throw reject(signature, "submitted", new InvalidValueException("signature.date", signature.date(),
          "initiative " + initiative.id() + " was submitted on " + submitted + "; collection has ended"));
    }
    CitizenInitiative current = initiative;
    if (!current.isEligible(signature)) {
      throw reject(signature, "non-resident", new InvalidValueException("signature.residence",
          signature.residence(), residenceRule()));
    }
    if (!current.isInCollectionPeriod(signature)) {
      throw reject(signature, "outside-collection-period", new InvalidValueException("signature.date",
          signature.date(), "signatures for initiative " + initiative.id() + " are collected from "
              + initiative.opened() + initiative.lastCollectionDay().map(d -> " to " + d).orElse("")));
    }
    signatures.add(signature);
    boolean first = counted.add(signature.personKey());
    SignatureOutcome outcome = first ? SignatureOutcome.COUNTED : SignatureOutcome.DUPLICATE;
    log.ifPresent(l -> l.append(initiative.id(), first ? "signature-counted" : "signature-duplicate",
        details(signature, outcome.name()), Optional.of(signature.personKey())));
    return SignatureReceipt.of(signature, outcome, signatures.size() - 1, counted.size());
  }

  private String residenceRule() {
    InitiativeArea area = initiative.area();
    String who = area.level() == AreaLevel.COUNTY ? "residents of the county " : "residents of ";
    if (initiative.scheme().isStatutory()) {
      return "only " + who + area + " may sign (" + InitiativeRulePacks.RESIDENTS + ", kommuneloven § 12-1 første ledd)";
    }
    return "only " + who + area + " may sign (" + InitiativeRulePacks.DK_RESIDENTS + ", "
        + initiative.scheme().citation() + ")";
  }

  private InvalidValueException reject(Signature signature, String reason, InvalidValueException e) {
    log.ifPresent(l -> l.append(initiative.id(), "signature-rejected", details(signature, reason),
        Optional.of(signature.personKey())));
    return e;
  }

  private static ImmutableMap<String, String> details(Signature signature, String outcome) {
    return ImmutableMap.of("channel", signature.channel().name(), "date", signature.date().toString(),
        "residence", signature.residence().value(), "outcome", outcome);
  }

  /**
   * Submits the initiative to the council: collection ends, and later signatures are rejected.
   *
   * @param date the day of submission
   * @return the initiative as submitted
   * @throws InvalidValueException if it was already submitted, or the date is before collection opened
   */
  public synchronized CitizenInitiative submit(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (submitted != null) {
      throw new InvalidValueException("submitted", date, "initiative " + initiative.id()
          + " was already submitted on " + submitted);
    }
    CitizenInitiative result = CitizenInitiative.builder().from(initiative).signatures(signatures).submitted(date)
        .build();
    submitted = date;
    log.ifPresent(l -> l.append(initiative.id(), "submitted", ImmutableMap.of("date", date.toString(),
        "counted", Integer.toString(counted.size()), "signatures", Integer.toString(signatures.size()))));
    return result;
  }

  /**
   * Returns the initiative with every signature recorded so far.
   *
   * @return a snapshot
   */
  public synchronized CitizenInitiative current() {
    CitizenInitiative.Builder builder = CitizenInitiative.builder().from(initiative).signatures(signatures);
    if (submitted != null) {
      builder.submitted(submitted);
    }
    return builder.build();
  }

  /**
   * Returns the number of distinct persons counted so far.
   *
   * @return the count
   */
  public synchronized long counted() {
    return counted.size();
  }

  /**
   * Returns the status on a date.
   *
   * @param asOf the date
   * @return the status of {@link #current()}
   */
  public InitiativeStatus status(LocalDate asOf) {
    return current().status(asOf);
  }
}
