package org.folkestyre.toolkit.method;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * What a method asks of participants and how to lower the barriers — universell utforming (NO),
 * tilgængelighed (DK): the barriers the method creates, the supports that lower them, how much it
 * depends on the majority language and on digital tools, how well it suits young people, and the
 * way to take part without digital tools.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Accessibility {
  Accessibility() {}

  /**
   * Returns the barriers the method itself creates.
   *
   * @return the barriers, possibly none
   */
  public abstract ImmutableSet<AccessBarrier> barriers();

  /**
   * Returns the supports that should come with the method.
   *
   * @return the supports, possibly none
   */
  public abstract ImmutableSet<AccessSupport> supports();

  /**
   * Returns how much the method depends on the spoken and written majority language.
   *
   * @return the language dependency
   */
  public abstract Dependency languageDependency();

  /**
   * Returns how much the method depends on digital tools.
   *
   * @return the digital dependency
   */
  public abstract DigitalDependency digitalDependency();

  /**
   * Returns how well the method suits children and young people.
   *
   * @return the youth suitability
   */
  public abstract YouthSuitability youthSuitability();

  /**
   * Returns how people without digital tools can take part, in English.
   *
   * @return the offline alternative, or empty
   */
  public abstract Optional<String> offlineAlternative();

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
    if (offlineAlternative().isPresent() && offlineAlternative().get().isBlank()) {
      throw new InvalidValueException("accessibility.offlineAlternative", offlineAlternative().get(),
          "must not be blank");
    }
  }

  /** Builds an {@link Accessibility}; obtain one with {@link Accessibility#builder()}. */
  public static final class Builder extends ImmutableAccessibility.Builder {
    Builder() {}
  }
}
