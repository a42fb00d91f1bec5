package org.folkestyre.toolkit.method;

import java.util.Optional;
import java.util.OptionalInt;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A source a method description rests on: who published it, its title and, where known, the year
 * and the address.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()} or {@link #of}.
 */
@Value.Immutable
public abstract class SourceReference {
  SourceReference() {}

  /**
   * Returns who published the source.
   *
   * @return the publisher, such as {@code "DOGA"}
   */
  public abstract String publisher();

  /**
   * Returns the title.
   *
   * @return the title, such as {@code "Gjestebud"}
   */
  public abstract String title();

  /**
   * Returns the kind of source.
   *
   * @return the kind
   */
  public abstract SourceKind kind();

  /**
   * Returns the year of publication.
   *
   * @return the year, or empty if unknown
   */
  public abstract OptionalInt year();

  /**
   * Returns the address of the source.
   *
   * @return the URL, such as {@code "https://doga.no/"}, or empty
   */
  public abstract Optional<String> url();

  /**
   * Obtains a source with a publisher, title and kind.
   *
   * @param publisher the publisher
   * @param title the title
   * @param kind the kind
   * @return the source
   * @throws InvalidValueException if a text is blank
   */
  public static SourceReference of(String publisher, String title, SourceKind kind) {
    return builder().publisher(publisher).title(title).kind(kind).build();
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
  void check() {
    if (publisher().isBlank()) {
      throw new InvalidValueException("sources.publisher", publisher(), "must not be blank");
    }
    if (title().isBlank()) {
      throw new InvalidValueException("sources.title", title(), "must not be blank");
    }
    if (year().isPresent() && (year().getAsInt() < 1000 || year().getAsInt() > 9999)) {
      throw new InvalidValueException("sources.year", year().getAsInt(), "must have four digits");
    }
    if (url().isPresent() && !url().get().matches("https?://\\S+")) {
      throw new InvalidValueException("sources.url", url().get(), "must be an http or https address");
    }
  }

  @Override
  public String toString() {
    return publisher() + ": " + title();
  }

  /** Builds a {@link SourceReference}; obtain one with {@link SourceReference#builder()}. */
  public static final class Builder extends ImmutableSourceReference.Builder {
    Builder() {}
  }
}
