package org.folkestyre.core.committee;

/** The role of a member in a committee. */
public enum Role {
  /** Chair — leder (NO), formand (DK). */
  CHAIR,
  /** Deputy chair — nestleder (NO), næstformand (DK). */
  DEPUTY_CHAIR,
  /** Ordinary member — medlem. */
  MEMBER,
  /** Deputy member — varamedlem (NO), stedfortræder (DK); has a rank. */
  DEPUTY_MEMBER,
  /** Observer with the right to speak but not to vote — observatør. */
  OBSERVER,
  /** Secretary — sekretær or sekretariat; not a member. */
  SECRETARY;

  /**
   * Returns whether the role counts towards the committee's size: chair, deputy chair and member.
   *
   * @return true for a voting member
   */
  public boolean isVotingMember() {
    return this == CHAIR || this == DEPUTY_CHAIR || this == MEMBER;
  }
}
