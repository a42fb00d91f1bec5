package org.folkestyre.core.audit;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One entry of an {@link AuditLog}: what happened to which subject, when, with the hash that chains
 * it to the entry before.
 *
 * <p>The hash is SHA-256 over an unambiguous encoding (each field length-prefixed) of the sequence
 * number, time, subject, action, details in key order, personal-data reference and the previous
 * hash. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditEntry {
  /** The previous hash of the first entry: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  AuditEntry() {}

  /**
   * Returns the position in the log, from 0.
   *
   * @return the sequence number
   */
  public abstract long sequence();

  /**
   * Returns when the entry was appended, from the log's clock.
   *
   * @return the time
   */
  public abstract Instant time();

  /**
   * Returns the subject, such as a consultation's id.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * Returns what happened, such as {@code submission-received}.
   *
   * @return the action
   */
  public abstract String action();

  /**
   * Returns details that are not personal data, such as a submission id or a disposition.
   *
   * @return the details, sorted by key
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<String, String> details();

  /**
   * Returns an opaque reference to personal data kept outside the log, if any.
   *
   * @return the reference, or empty
   */
  public abstract Optional<String> personalDataRef();

  /**
   * Returns the hash of the entry before, or {@link #GENESIS} for the first.
   *
   * @return the previous hash, 64 lower-case hex digits
   */
  public abstract String previousHash();

  /**
   * Returns this entry's hash, as recorded.
   *
   * @return the hash, 64 lower-case hex digits
   */
  public abstract String hash();

  /**
   * Computes the hash the entry's fields give, to compare with the recorded {@link #hash()}.
   *
   * @return the computed hash
   */
  public String computeHash() {
    return hashOf(sequence(), time(), subject(), action(), details(), personalDataRef(), previousHash());
  }

  /**
   * Returns a copy with other details but the recorded hash unchanged, as a tampering with the log
   * would produce; for testing verification.
   *
   * @param details the new details
   * @return the tampered copy
   */
  public AuditEntry withTamperedDetails(Map<String, String> details) {
    return ImmutableAuditEntry.builder().from(this).details(ImmutableSortedMap.copyOf(details)).build();
  }

  static String hashOf(long sequence, Instant time, String subject, String action, Map<String, String> details,
      Optional<String> personalDataRef, String previousHash) {
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putLong(sequence);
    put(hasher, time.toString());
    put(hasher, subject);
    put(hasher, action);
    hasher.putInt(details.size());
    ImmutableSortedMap.copyOf(details).forEach((key, value) -> {
      put(hasher, key);
      put(hasher, value);
    });
    put(hasher, personalDataRef.orElse(""));
    hasher.putBoolean(personalDataRef.isPresent());
    put(hasher, previousHash);
    return hasher.hash().toString();
  }

  private static void put(Hasher hasher, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    hasher.putInt(bytes.length);
    hasher.putBytes(bytes);
  }

  @Value.Check
  void check() {
    if (sequence() < 0) {
      throw new InvalidValueException("sequence", sequence(), "must not be negative");
    }
    if (!previousHash().matches("[0-9a-f]{64}") || !hash().matches("[0-9a-f]{64}")) {
      throw new InvalidValueException("hash", hash(), "must be 64 lower-case hex digits");
    }
  }

  static ImmutableAuditEntry.Builder builder() {
    return ImmutableAuditEntry.builder();
  }

  @Override
  public String toString() {
    return sequence() + " " + time() + " " + subject() + " " + action() + " " + details();
  }
}
