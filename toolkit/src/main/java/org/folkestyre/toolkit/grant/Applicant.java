package org.folkestyre.toolkit.grant;

import org.folkestyre.core.internal.Names;
import org.immutables.value.Value;

/**
 * The person or body that applies for a grant — søker (NO), ansøger (DK). This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Applicant {
  Applicant() {}

  /**
   * Returns the applicant's name.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns what kind of applicant this is.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ApplicantKind kind();

  /**
   * Obtains an applicant.
   *
   * @param name the name, not blank
   * @param kind the kind
   * @return the applicant
   * @throws org.folkestyre.core.InvalidValueException if the name is blank
   */
  public static Applicant of(String name, ApplicantKind kind) {
    return ImmutableApplicant.of(name, kind);
  }

  @Value.Check
  void check() {
    Names.normalize("applicant.name", name());
  }

  @Override
  public String toString() {
    return name() + " (" + kind() + ")";
  }
}
