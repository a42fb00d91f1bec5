package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A change the input led to, with the submissions behind it: one line of a summary's list of
 * changes.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChangeMade {
  ChangeMade() {}

  /**
   * Returns the change, as the dispositions name it.
   *
   * @return the change, such as {@code "Kapittel 4.2: ny gang- og sykkelvei langs elva"}
   */
  public abstract String change();

  /**
   * Returns the ids of the submissions whose disposition names the change, in the order received.
   *
   * @return the ids, at least one
   */
  public abstract ImmutableList<String> submissionIds();

  /**
   * Obtains a line.
   *
   * @param change the change
   * @param submissionIds the submissions behind it, at least one
   * @return the line
   * @throws InvalidValueException if there is no submission
   */
  public static ChangeMade create(String change, List<String> submissionIds) {
    return ImmutableChangeMade.builder().change(change).submissionIds(submissionIds).build();
  }

  @Value.Check
  void check() {
    if (submissionIds().isEmpty()) {
      throw new InvalidValueException("change.submissionIds", "[]", "a change comes from at least one submission");
    }
  }

  @Override
  public String toString() {
    return change() + " " + submissionIds();
  }
}
