package org.folkestyre.examples.cli.json;

import java.util.List;

/**
 * The check of every ballot of a Pabulib file, as {@code folkestyre pb validate --format json}
 * prints it.
 *
 * @param file the file, as named on the command line
 * @param ballots the number of ballots (rows of the {@code VOTES} section)
 * @param valid the number of valid ballots
 * @param invalid every invalid ballot, in file order
 */
public record PbValidationJson(String file, int ballots, int valid, List<InvalidBallot> invalid) {

  /**
   * One invalid ballot.
   *
   * @param line the line of the file its row starts on
   * @param voter the voter id, as in the file
   * @param reasons every reason it is invalid
   */
  public record InvalidBallot(long line, String voter, List<Reason> reasons) {}

  /**
   * One reason a ballot is invalid.
   *
   * @param code the stable rejection code, such as {@code UNKNOWN_PROJECT}
   * @param message the explanation in the language of {@code --lang}
   */
  public record Reason(String code, String message) {}
}
