package org.folkestyre.core.meeting;

import com.google.common.hash.Hashing;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * A document attached to an agenda item — vedlegg (NO), bilag (DK): its title, media type, size
 * and SHA-256 checksum, and whether it is exempt from public access.
 *
 * <p>{@link #of(String, String, byte[])} computes size and checksum from the content, and
 * {@link #verify(byte[])} checks a copy against them. An attachment known only by its title, as in
 * published minutes, is made with {@link #titled(String)}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Attachment {
  private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*(;.*)?");
  private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");

  Attachment() {}

  /**
   * Returns the title.
   *
   * @return the title, such as {@code "5 eksempler på samskabelse i Holbæk kommune"}
   */
  public abstract String title();

  /**
   * Returns the media type, in lower case.
   *
   * @return the media type, such as {@code "application/pdf"}, or empty if not known
   */
  public abstract Optional<String> mediaType();

  /**
   * Returns the size in bytes.
   *
   * @return the size, or empty if not known
   */
  public abstract Optional<Long> size();

  /**
   * Returns the SHA-256 checksum of the content, as 64 lower-case hexadecimal digits.
   *
   * @return the checksum, or empty if not known
   */
  public abstract Optional<String> sha256();

  /**
   * Returns whether the document is exempt from public access — unntatt offentlighet (NO),
   * undtaget fra aktindsigt (DK).
   *
   * @return true if exempt
   */
  @Value.Default
  public boolean exempt() {
    return false;
  }

  /**
   * Returns the legal ground for the exemption.
   *
   * @return the ground, such as {@code "offentleglova § 13"}, or empty; present only when exempt
   */
  public abstract Optional<String> exemptionGround();

  /**
   * Obtains an attachment from its content, computing size and SHA-256 checksum.
   *
   * @param title the title
   * @param mediaType the media type, such as {@code "application/pdf"}
   * @param content the content
   * @return the attachment, not exempt
   */
  public static Attachment of(String title, String mediaType, byte[] content) {
    Objects.requireNonNull(content, "content");
    return builder().title(title).mediaType(mediaType).size((long) content.length)
        .sha256(Hashing.sha256().hashBytes(content).toString()).build();
  }

  /**
   * Obtains an attachment known only by its title, as listed in published minutes.
   *
   * @param title the title
   * @return the attachment, without media type, size or checksum
   */
  public static Attachment titled(String title) {
    return builder().title(title).build();
  }

  /**
   * Returns a copy exempt from public access on a ground.
   *
   * @param ground the legal ground, such as {@code "offentleglova § 13"}
   * @return the exempt attachment
   */
  public Attachment withExemption(String ground) {
    return builder().from(this).exempt(true).exemptionGround(ground).build();
  }

  /**
   * Checks a copy of the content against the recorded size and checksum.
   *
   * @param content the content to check
   * @throws InvalidValueException naming the attachment if no checksum is recorded, or if the
   *     content's size or checksum differs from the recorded one
   */
  public void verify(byte[] content) {
    Objects.requireNonNull(content, "content");
    String field = "attachment '" + title() + "'";
    if (sha256().isEmpty()) {
      throw new InvalidValueException(field + ".sha256", "", "no checksum is recorded to verify against");
    }
    String actual = Hashing.sha256().hashBytes(content).toString();
    if (!actual.equals(sha256().get())) {
      throw new InvalidValueException(field + ".sha256", actual,
          "does not match the recorded checksum " + sha256().get());
    }
    if (size().isPresent() && size().get() != content.length) {
      throw new InvalidValueException(field + ".size", content.length, "does not match the recorded size " + size().get());
    }
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
  Attachment normalize() {
    String title = Names.normalize("attachment.title", title());
    if (size().isPresent() && size().get() < 0) {
      throw new InvalidValueException("attachment '" + title + "'.size", size().get(), "must not be negative");
    }
    if (exemptionGround().isPresent() && !exempt()) {
      throw new InvalidValueException("attachment '" + title + "'.exemptionGround", exemptionGround().get(),
          "only an exempt attachment has a ground for exemption");
    }
    Optional<String> mediaType = mediaType().map(m -> m.strip().toLowerCase(Locale.ROOT));
    if (mediaType.isPresent() && !MEDIA_TYPE.matcher(mediaType.get()).matches()) {
      throw new InvalidValueException("attachment '" + title + "'.mediaType", mediaType().get(),
          "must be a media type such as application/pdf");
    }
    Optional<String> sha = sha256().map(s -> s.strip().toLowerCase(Locale.ROOT));
    if (sha.isPresent() && !SHA_256.matcher(sha.get()).matches()) {
      throw new InvalidValueException("attachment '" + title + "'.sha256", sha256().get(),
          "must be 64 hexadecimal digits");
    }
    if (exemptionGround().isPresent()) {
      Names.normalize("attachment '" + title + "'.exemptionGround", exemptionGround().get());
    }
    boolean same = title.equals(title()) && mediaType.equals(mediaType()) && sha.equals(sha256());
    return same ? this : builder().from(this).title(title).mediaType(mediaType).sha256(sha).build();
  }

  @Override
  public String toString() {
    return title() + mediaType().map(m -> " (" + m + ")").orElse("") + (exempt() ? " [exempt]" : "");
  }

  /** Builds an {@link Attachment}: the title is required. */
  public static final class Builder extends ImmutableAttachment.Builder {
    Builder() {}
  }
}
