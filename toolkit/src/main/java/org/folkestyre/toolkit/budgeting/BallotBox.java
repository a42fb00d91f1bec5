package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.audit.AuditLog;
import org.folkestyre.core.internal.Names;
import org.folkestyre.toolkit.identity.VerifiedIdentity;

/**
 * The ballot box of a participatory-budgeting election — valgurne (NO), valgurne (DK): takes ballots
 * from verified persons during the voting window, and answers each with a {@link BallotReceipt}.
 *
 * <p>A ballot is accepted when voting is open, the person may vote ({@link Eligibility}), she has no
 * accepted ballot yet, and the ballot keeps the election's rules ({@link BallotValidator}); otherwise
 * it is rejected with every reason. Exactly one ballot per person counts: the first accepted. A
 * person is recognised by her {@link VerifiedIdentity#personKey()}, whatever channel or scheme she
 * used, so a vote at a service desk after one online is a {@link RejectionCode#SECOND_BALLOT}. A
 * rejected ballot does not use up the vote: she may correct it and submit again. A retry of the
 * accepted submission with the same {@link BallotSubmission#idempotencyKey()} and the same content
 * gets the first receipt back, and is logged as a retry.
 *
 * <p>Nothing is dropped. Accepted ballots form the {@link #election()}, under pseudonymous voter ids
 * {@code "1"}, {@code "2"}, … in the order accepted, with the voter's district and age when known;
 * rejected ones are kept with their reasons ({@link #rejectedBallots()}). Every submission is also
 * written to the {@link AuditLog}: the receipt number, the scheme, the assurance level and the
 * reasons, never the person or what she chose. Who has voted ({@link #hasVoted(VerifiedIdentity)}) is
 * kept apart from what was voted.
 *
 * <p>The rules are frozen when the box opens: the election, its constraints, the eligibility and the
 * window are immutable values. This class is thread-safe: submissions are serialised, and each is
 * checked and recorded under one lock, so that sixteen threads submitting for the same person at
 * once give one accepted ballot and fifteen rejected ones.
 */
public final class BallotBox {
  private final String id;
  private final BudgetingElection definition;
  private final BallotValidator validator;
  private final VotingWindow window;
  private final Clock clock;
  private final AuditLog log;
  private final Object lock = new Object();
  private final Set<String> voted = new HashSet<>();
  private final Map<String, Retry> retries = new HashMap<>();
  private final List<Ballot> accepted = new ArrayList<>();
  private final List<RejectedBallot> rejected = new ArrayList<>();
  private long received;

  /** What a retry of a person's accepted submission must match to get its receipt back. */
  private record Retry(String key, BallotSubmission submission, BallotReceipt receipt) {}

  private BallotBox(String id, BudgetingElection definition, Eligibility eligibility, VotingWindow window, Clock clock,
      AuditLog log) {
    this.id = id;
    this.definition = definition;
    this.validator = BallotValidator.of(definition, eligibility);
    this.window = window;
    this.clock = clock;
    this.log = log;
  }

  /**
   * Opens a ballot box and logs its rules.
   *
   * @param id the election's id in the audit log, such as {@code "pb-drammen-2026"}
   * @param election the election without ballots: budget, ballot type, constraints and projects
   * @param eligibility who may vote
   * @param window when ballots are accepted
   * @param clock the clock that timestamps submissions
   * @param log the audit log to write every submission to
   * @return the box, empty
   * @throws InvalidValueException if the election already holds ballots or the id is blank
   */
  public static BallotBox open(String id, BudgetingElection election, Eligibility eligibility, VotingWindow window,
      Clock clock, AuditLog log) {
    String normalized = Names.normalize("ballotBox.id", Objects.requireNonNull(id, "id"));
    Objects.requireNonNull(election, "election");
    Objects.requireNonNull(eligibility, "eligibility");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(log, "log");
    if (!election.ballots().isEmpty()) {
      throw new InvalidValueException("ballotBox.election", election.ballots().size() + " ballots",
          "a ballot box opens empty");
    }
    log.append(normalized, "ballot-box-opened", ImmutableMap.<String, String>builder()
        .put("ballotType", election.ballotType().id())
        .put("budget", election.budget().toString())
        .put("projects", String.valueOf(election.projects().size()))
        .put("opens", window.opens().toString())
        .put("closes", window.closes().toString())
        .put("minimumAssurance", eligibility.minimumAssurance().id())
        .put("constraints", election.constraints().toString())
        .put("eligibility", eligibility.toString())
        .build());
    return new BallotBox(normalized, election, eligibility, window, clock, log);
  }

  /**
   * Returns the box's id in the audit log.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the validator the box checks ballots with.
   *
   * @return the validator of the election and its eligibility
   */
  public BallotValidator validator() {
    return validator;
  }

  /**
   * Returns the voting window.
   *
   * @return the window
   */
  public VotingWindow window() {
    return window;
  }

  /**
   * Receives a ballot from a verified person, accepts or rejects it, records it and logs it.
   *
   * @param identity the person, as the embedding system verified her
   * @param submission what she submitted
   * @return the receipt: accepted, or rejected with every reason
   */
  public BallotReceipt cast(VerifiedIdentity identity, BallotSubmission submission) {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(submission, "submission");
    synchronized (lock) {
      Retry retry = retries.get(identity.personKey());
      if (retry != null && submission.idempotencyKey().equals(Optional.of(retry.key()))
          && submission.equals(retry.submission())) {
        log.append(id, "ballot-retried", ImmutableMap.of("receipt", String.valueOf(retry.receipt().number())));
        return retry.receipt();
      }
      Instant now = clock.instant();
      LocalDate day = window.dayOf(now);
      ImmutableList.Builder<BallotRejection> reasons = ImmutableList.builder();
      if (!window.contains(now)) {
        reasons.add(BallotRejection.of(RejectionCode.OUTSIDE_VOTING_WINDOW, ImmutableMap.of(
            "opens", window.opensForDisplay(), "closes", window.closesForDisplay(), "zone", window.zone().getId())));
      }
      if (voted.contains(identity.personKey())) {
        reasons.add(BallotRejection.of(RejectionCode.SECOND_BALLOT, ImmutableMap.of()));
      }
      reasons.addAll(validator.check(identity, submission, day));
      received++;
      BallotReceipt receipt = BallotReceipt.of(received, now, reasons.build());
      ImmutableMap.Builder<String, String> details = ImmutableMap.<String, String>builder()
          .put("receipt", String.valueOf(receipt.number()))
          .put("scheme", identity.scheme().name())
          .put("assurance", identity.assuranceLevel().id());
      if (receipt.isAccepted()) {
        voted.add(identity.personKey());
        submission.idempotencyKey().ifPresent(key -> retries.put(identity.personKey(),
            new Retry(key, submission, receipt)));
        accepted.add(ballotOf(identity, submission, day));
        log.append(id, "ballot-accepted", details.build());
      } else {
        rejected.add(RejectedBallot.of(receipt, identity.scheme(), submission));
        log.append(id, "ballot-rejected", details.put("reasons", receipt.rejections().stream()
            .map(r -> r.code().name()).distinct().collect(Collectors.joining(","))).build());
      }
      return receipt;
    }
  }

  private Ballot ballotOf(VerifiedIdentity identity, BallotSubmission submission, LocalDate day) {
    Voter.Builder voter = Voter.builder().id(String.valueOf(accepted.size() + 1));
    identity.district().ifPresent(voter::district);
    OptionalInt age = identity.ageOn(validator.eligibility().ageDayFor(day));
    if (age.isPresent() && age.getAsInt() <= 150) {
      voter.age(age.getAsInt());
    }
    return Ballot.builder().voter(voter.build()).type(definition.ballotType())
        .addAllProjectIds(submission.projectIds()).addAllPoints(submission.points()).build();
  }

  /**
   * Returns whether a person has an accepted ballot in the box.
   *
   * @param identity the person
   * @return true if a ballot of hers was accepted
   */
  public boolean hasVoted(VerifiedIdentity identity) {
    synchronized (lock) {
      return voted.contains(identity.personKey());
    }
  }

  /**
   * Returns the accepted ballots, in the order accepted.
   *
   * @return a snapshot of the ballots that count
   */
  public ImmutableList<Ballot> acceptedBallots() {
    synchronized (lock) {
      return ImmutableList.copyOf(accepted);
    }
  }

  /**
   * Returns the rejected submissions with their receipts, in the order received.
   *
   * @return a snapshot of the rejected ballots
   */
  public ImmutableList<RejectedBallot> rejectedBallots() {
    synchronized (lock) {
      return ImmutableList.copyOf(rejected);
    }
  }

  /**
   * Returns the election with the ballots accepted so far, to count with a rule or to publish as a
   * Pabulib file.
   *
   * @return a snapshot of the election with its accepted ballots
   */
  public BudgetingElection election() {
    return BudgetingElection.builder().from(definition).ballots(acceptedBallots()).build();
  }
}
