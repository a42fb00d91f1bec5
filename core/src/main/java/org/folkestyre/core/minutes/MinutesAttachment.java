package org.folkestyre.core.minutes;

import java.util.Optional;
import org.folkestyre.core.meeting.Attachment;
import org.immutables.value.Value;

/**
 * An attachment as the minutes list it — vedlegg (NO), bilag (DK).
 *
 * <p>The public view keeps an exempt attachment in its place, so that a reader sees that it exists
 * and on which ground it is exempt, but withholds its title, media type, size and checksum: a title
 * often names the person or matter the exemption protects, and a checksum of a short document lets
 * anyone confirm a guess at its content. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MinutesAttachment {
  MinutesAttachment() {}

  /**
   * Returns the title.
   *
   * @return the title, or empty when the view withholds it
   */
  public abstract Optional<String> title();

  /**
   * Returns the media type.
   *
   * @return the media type, such as {@code "application/pdf"}, or empty
   */
  public abstract Optional<String> mediaType();

  /**
   * Returns the size in bytes.
   *
   * @return the size, or empty
   */
  public abstract Optional<Long> size();

  /**
   * Returns the SHA-256 checksum of the content.
   *
   * @return 64 lower-case hexadecimal digits, or empty
   */
  public abstract Optional<String> sha256();

  /**
   * Returns whether the document is exempt from public access — unntatt offentlighet (NO),
   * undtaget fra aktindsigt (DK).
   *
   * @return true if exempt
   */
  public abstract boolean exempt();

  /**
   * Returns the legal ground for the exemption, which every view shows.
   *
   * @return the ground, such as {@code "offentleglova § 13"}, or empty
   */
  public abstract Optional<String> exemptionGround();

  /**
   * Returns whether the title is withheld.
   *
   * @return true if the view withholds the title
   */
  public boolean isTitleWithheld() {
    return title().isEmpty();
  }

  static MinutesAttachment of(Attachment attachment) {
    return ImmutableMinutesAttachment.builder().title(attachment.title()).mediaType(attachment.mediaType())
        .size(attachment.size()).sha256(attachment.sha256()).exempt(attachment.exempt())
        .exemptionGround(attachment.exemptionGround()).build();
  }

  MinutesAttachment forPublic() {
    return exempt() ? ImmutableMinutesAttachment.builder().exempt(true).exemptionGround(exemptionGround()).build()
        : this;
  }

  @Override
  public String toString() {
    return title().orElse("(title withheld)") + (exempt() ? " [exempt]" : "");
  }
}
