package org.folkestyre.core.audit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.internal.Names;

/**
 * An append-only, hash-chained audit log — revisjonsspor (NO), revisionsspor (DK).
 *
 * <p>Appending is thread-safe: concurrent appends are serialised, so every entry gets the next
 * sequence number and the hash of the entry before it, and none is lost. Entries are never
 * changed or removed through this class; {@link #entries()} returns a snapshot. Verify any list of
 * entries, for instance one read back from storage, with {@link #verify(List)}.
 */
public final class AuditLog {
  private final Clock clock;
  private final List<AuditEntry> entries = new ArrayList<>();

  private AuditLog(Clock clock) {
    this.clock = clock;
  }

  /**
   * Creates an empty log that timestamps entries with a clock.
   *
   * @param clock the clock
   * @return the log
   */
  public static AuditLog create(Clock clock) {
    return new AuditLog(Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Appends an entry without personal data.
   *
   * @param subject the subject, such as a consultation's id
   * @param action what happened, such as {@code opened}
   * @param details details that are not personal data
   * @return the entry appended
   */
  public AuditEntry append(String subject, String action, Map<String, String> details) {
    return append(subject, action, details, Optional.empty());
  }

  /**
   * Appends an entry that refers to personal data kept outside the log.
   *
   * @param subject the subject
   * @param action what happened
   * @param details details that are not personal data
   * @param personalDataRef an opaque reference to the personal data, or empty
   * @return the entry appended
   */
  public AuditEntry append(String subject, String action, Map<String, String> details,
      Optional<String> personalDataRef) {
    String normalizedSubject = Names.normalize("subject", subject);
    String normalizedAction = Names.normalize("action", action);
    ImmutableSortedMap<String, String> sorted = ImmutableSortedMap.copyOf(details);
    Objects.requireNonNull(personalDataRef, "personalDataRef");
    synchronized (entries) {
      long sequence = entries.size();
      String previous = entries.isEmpty() ? AuditEntry.GENESIS : entries.get(entries.size() - 1).hash();
      Instant time = clock.instant();
      AuditEntry entry = AuditEntry.builder().sequence(sequence).time(time).subject(normalizedSubject)
          .action(normalizedAction).details(sorted).personalDataRef(personalDataRef).previousHash(previous)
          .hash(AuditEntry.hashOf(sequence, time, normalizedSubject, normalizedAction, sorted, personalDataRef,
              previous))
          .build();
      entries.add(entry);
      return entry;
    }
  }

  /**
   * Returns a snapshot of the entries, in order.
   *
   * @return the entries
   */
  public ImmutableList<AuditEntry> entries() {
    synchronized (entries) {
      return ImmutableList.copyOf(entries);
    }
  }

  /**
   * Verifies a chain of entries.
   *
   * @param entries the entries in the order stored
   * @return the verification: valid, or the first problem with the entry it concerns
   */
  public static AuditVerification verify(List<AuditEntry> entries) {
    String previous = AuditEntry.GENESIS;
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry entry = entries.get(i);
      if (!entry.computeHash().equals(entry.hash())) {
        return AuditVerification.problem(i, AuditVerification.Problem.EDITED, entry.sequence(),
            "entry " + entry.sequence() + " was edited: its hash does not match its content");
      }
      if (entry.sequence() != i || !entry.previousHash().equals(previous)) {
        long expected = i;
        boolean laterHasExpected = entries.subList(i + 1, entries.size()).stream().anyMatch(e -> e.sequence() == expected);
        if (entry.sequence() > i && !laterHasExpected) {
          return AuditVerification.problem(i, AuditVerification.Problem.REMOVED, i,
              "entries " + i + " to " + (entry.sequence() - 1) + " were removed before entry " + entry.sequence());
        }
        if (entry.sequence() < i && entries.subList(0, i).stream().anyMatch(e -> e.sequence() == entry.sequence())) {
          return AuditVerification.problem(i, AuditVerification.Problem.INSERTED, entry.sequence(),
              "entry " + entry.sequence() + " appears twice; position " + i + " holds a copy");
        }
        return AuditVerification.problem(i, AuditVerification.Problem.REORDERED, entry.sequence(),
            "entry " + entry.sequence() + " is out of order at position " + i);
      }
      previous = entry.hash();
    }
    return AuditVerification.valid(entries.size());
  }
}
