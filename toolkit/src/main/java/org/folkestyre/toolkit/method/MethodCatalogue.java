package org.folkestyre.toolkit.method;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.toolkit.internal.method.BuiltInMethods;

/**
 * A catalogue of participation methods, looked up by id.
 *
 * <p>{@link #builtIn()} holds the methods that ship with Folkestyre, drawn from the project's
 * research on participation methods in Norwegian and Danish municipalities, in the order of that
 * research: broad consultation first, then dialogue and co-design, standing bodies, delegated
 * decision and co-production, deliberation and the formal democratic channels. This class is
 * immutable and thread-safe.
 */
public final class MethodCatalogue {
  private static final MethodCatalogue BUILT_IN = new MethodCatalogue(BuiltInMethods.methods());

  private final ImmutableList<ParticipationMethod> methods;
  private final ImmutableMap<String, ParticipationMethod> byId;

  private MethodCatalogue(ImmutableList<ParticipationMethod> methods) {
    this.methods = methods;
    this.byId = methods.stream().collect(ImmutableMap.toImmutableMap(ParticipationMethod::id, Function.identity()));
  }

  /**
   * Returns the built-in catalogue.
   *
   * @return the catalogue of the methods that ship with Folkestyre, always in the same order
   */
  public static MethodCatalogue builtIn() {
    return BUILT_IN;
  }

  /**
   * Returns the methods in catalogue order.
   *
   * @return the methods, each id once
   */
  public ImmutableList<ParticipationMethod> methods() {
    return methods;
  }

  /**
   * Returns the method with an id.
   *
   * @param id the id, such as {@code "dialogue-meeting"}
   * @return the method, or empty if the catalogue has none with that id
   */
  public Optional<ParticipationMethod> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the method with an id, which must be in the catalogue.
   *
   * @param id the id, such as {@code "dialogue-meeting"}
   * @return the method
   * @throws InvalidValueException if the catalogue has no method with that id
   */
  public ParticipationMethod of(String id) {
    return find(id).orElseThrow(() -> new InvalidValueException("method id", id,
        "no such method; known ids: " + byId.keySet().stream().collect(Collectors.joining(", "))));
  }
}
