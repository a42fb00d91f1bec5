package org.folkestyre.core.consultation;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A channel through which a submission reaches a consultation: one of the built-in
 * {@link ChannelKind}s, or {@link #other(String) another participation method} named by the id
 * the toolkit gives it.
 *
 * <p>Its text form ({@link #id()}) is the kind's id, such as {@code podcast}, or
 * {@code other:METHOD} for another method, such as {@code other:citizens-panel}. Two channels are
 * equal when their ids are. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Channel {
  private static final String OTHER_PREFIX = "other:";

  /** A dialogue meeting. */
  public static final Channel DIALOGUE_MEETING = of(ChannelKind.DIALOGUE_MEETING);
  /** A workshop. */
  public static final Channel WORKSHOP = of(ChannelKind.WORKSHOP);
  /** An online one-to-one meeting. */
  public static final Channel ONLINE_MEETING = of(ChannelKind.ONLINE_MEETING);
  /** A podcast. */
  public static final Channel PODCAST = of(ChannelKind.PODCAST);
  /** A digital form. */
  public static final Channel DIGITAL_FORM = of(ChannelKind.DIGITAL_FORM);
  /** A letter or an e-mail. */
  public static final Channel LETTER_OR_EMAIL = of(ChannelKind.LETTER_OR_EMAIL);
  /** A council's statement. */
  public static final Channel COUNCIL_STATEMENT = of(ChannelKind.COUNCIL_STATEMENT);

  Channel() {}

  /**
   * Returns the kind of channel.
   *
   * @return the kind
   */
  public abstract ChannelKind kind();

  /**
   * Returns the id of the participation method, for a channel of kind {@link ChannelKind#OTHER}.
   *
   * @return the method id, such as {@code "citizens-panel"}, or empty for a built-in kind
   */
  public abstract Optional<String> methodId();

  /**
   * Obtains the channel of a built-in kind.
   *
   * @param kind the kind, not {@link ChannelKind#OTHER}
   * @return the channel
   * @throws InvalidValueException for {@link ChannelKind#OTHER}, which needs a method id
   */
  public static Channel of(ChannelKind kind) {
    return ImmutableChannel.builder().kind(kind).build();
  }

  /**
   * Obtains the channel of a participation method of the toolkit.
   *
   * @param methodId the method's id: letters, digits, '.', '_' and '-', starting with a letter or digit
   * @return the channel
   * @throws InvalidValueException if the id is malformed
   */
  public static Channel other(String methodId) {
    return ImmutableChannel.builder().kind(ChannelKind.OTHER).methodId(methodId).build();
  }

  /**
   * Obtains a channel from its id, ignoring the case of a built-in kind's id.
   *
   * @param id the id, such as {@code "podcast"} or {@code "other:citizens-panel"}
   * @return the channel
   * @throws InvalidValueException if the id names no channel
   */
  public static Channel parse(String id) {
    Objects.requireNonNull(id, "id");
    String text = id.strip();
    if (text.toLowerCase(Locale.ROOT).startsWith(OTHER_PREFIX)) {
      return other(text.substring(OTHER_PREFIX.length()));
    }
    String key = text.toLowerCase(Locale.ROOT).replace('_', '-');
    for (ChannelKind kind : ChannelKind.values()) {
      if (kind != ChannelKind.OTHER && kind.id().equals(key)) {
        return of(kind);
      }
    }
    StringBuilder known = new StringBuilder();
    for (ChannelKind kind : ChannelKind.values()) {
      known.append(kind == ChannelKind.OTHER ? "other:METHOD" : kind.id() + ", ");
    }
    throw new InvalidValueException("channel", id, "is not a channel; channels: " + known);
  }

  /**
   * Returns the channel's id.
   *
   * @return the kind's id, or {@code other:METHOD}
   */
  public String id() {
    return methodId().map(m -> OTHER_PREFIX + m).orElse(kind().id());
  }

  /**
   * Returns the channel's name in every language: the kind's name, or the method id for another
   * participation method.
   *
   * @return the names
   */
  public LocalizedText names() {
    return methodId().map(LocalizedText::ofAll).orElse(kind().names());
  }

  @Value.Check
  void check() {
    if (kind() == ChannelKind.OTHER) {
      String method = methodId().orElseThrow(() ->
          new InvalidValueException("channel.methodId", "", "a channel of kind OTHER names its participation method"));
      if (!method.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw new InvalidValueException("channel.methodId", method,
            "a method id has letters, digits, '.', '_' and '-', starting with a letter or digit");
      }
    } else if (methodId().isPresent()) {
      throw new InvalidValueException("channel.methodId", methodId().get(),
          "only a channel of kind OTHER names a method; " + kind() + " does not");
    }
  }

  @Override
  public String toString() {
    return id();
  }
}
