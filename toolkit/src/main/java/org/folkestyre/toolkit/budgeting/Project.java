package org.folkestyre.toolkit.budgeting;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project put to the vote in a participatory-budgeting election — prosjekt (NO), projekt (DK).
 *
 * <p>The id is a string in the spelling of the source ({@code "780"}, {@code "L007"}); ids are
 * compared as strings, never as numbers. Fields the model does not name (such as a Pabulib file's
 * {@code latitude} or {@code selected} column) are kept in {@link #attributes()}, so nothing read is
 * dropped.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #builder()} or {@link #of(String,
 * Amount)}.
 */
@Value.Immutable
public abstract class Project {
  Project() {}

  /**
   * Returns the project's id, unique within its election.
   *
   * @return the id: non-empty, without a comma or a line break
   */
  public abstract String id();

  /**
   * Returns what the project costs if it is funded.
   *
   * @return the cost, 0 or more
   */
  public abstract Amount cost();

  /**
   * Returns the project's name or title.
   *
   * @return the name, or empty
   */
  public abstract Optional<String> name();

  /**
   * Returns the district the project belongs to — kommunedel (NO), lokalområde (DK).
   *
   * @return the district, or empty
   */
  public abstract Optional<String> district();

  /**
   * Returns the project's categories, such as {@code "education"}.
   *
   * @return the categories, possibly none
   */
  public abstract ImmutableList<String> categories();

  /**
   * Returns the groups the project is meant for — målgrupper, such as {@code "seniors"}.
   *
   * @return the target groups, possibly none
   */
  public abstract ImmutableList<String> targetGroups();

  /**
   * Returns further named fields of the project, in the order of the source.
   *
   * @return the attributes: keys and values non-empty
   */
  public abstract ImmutableMap<String, String> attributes();

  /**
   * Obtains a project with an id and a cost only.
   *
   * @param id the id
   * @param cost the cost
   * @return the project
   * @throws org.folkestyre.core.InvalidValueException if the id is not valid
   */
  public static Project of(String id, Amount cost) {
    return builder().id(id).cost(cost).build();
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
    Ids.checkId("project.id", id());
    name().ifPresent(n -> Ids.checkText("project.name", n));
    district().ifPresent(d -> Ids.checkText("project.district", d));
    categories().forEach(c -> Ids.checkId("project.categories", c));
    targetGroups().forEach(t -> Ids.checkId("project.targetGroups", t));
    Ids.checkAttributes("project.attributes", attributes());
  }

  /** Builds a {@link Project}. */
  public static final class Builder extends ImmutableProject.Builder {
    Builder() {}
  }
}
