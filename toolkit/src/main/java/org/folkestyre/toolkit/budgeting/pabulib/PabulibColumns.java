package org.folkestyre.toolkit.budgeting.pabulib;

import com.google.common.collect.ImmutableSet;

/** Column and key names the model holds in its own fields. */
final class PabulibColumns {
  static final String PROJECT_ID = "project_id";
  static final String COST = "cost";
  static final String NAME = "name";
  static final String CATEGORY = "category";
  static final String TARGET = "target";
  static final String DISTRICT = "district";
  static final String VOTER_ID = "voter_id";
  static final String VOTE = "vote";
  static final String POINTS = "points";
  static final String AGE = "age";
  static final String MISSING = "None";

  static final ImmutableSet<String> PROJECT_COLUMNS = ImmutableSet.of(PROJECT_ID, COST, NAME, CATEGORY, TARGET, DISTRICT);
  static final ImmutableSet<String> VOTE_COLUMNS = ImmutableSet.of(VOTER_ID, VOTE, POINTS, AGE, DISTRICT);

  private PabulibColumns() {}
}
