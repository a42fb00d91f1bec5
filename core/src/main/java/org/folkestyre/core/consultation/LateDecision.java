package org.folkestyre.core.consultation;

/** The municipality's decision on a submission that arrived after the closing date. */
public enum LateDecision {
  /** The submission is considered like one on time, and needs a disposition. */
  INCLUDE,
  /** The submission is kept on record, counted and answered, but not considered. */
  EXCLUDE;

  /**
   * Returns the stable id, as the JSON form writes it.
   *
   * @return {@code "include"} or {@code "exclude"}
   */
  public String id() {
    return Ids.of(this);
  }

  /**
   * Obtains a decision from its id, ignoring case.
   *
   * @param id {@code "include"} or {@code "exclude"}
   * @return the decision
   * @throws org.folkestyre.core.InvalidValueException for any other id
   */
  public static LateDecision ofId(String id) {
    return Ids.parse("lateDecision", id, values(), LateDecision::id);
  }
}
