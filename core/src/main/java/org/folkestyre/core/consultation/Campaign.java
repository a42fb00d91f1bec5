package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A group of identical or near-identical submissions, such as a form letter many people signed.
 *
 * <p>Grouping does not merge: each submission of a campaign is still counted, answered and
 * replied to on its own. See {@link CampaignDetector} for how campaigns are found. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Campaign {
  Campaign() {}

  /**
   * Returns the campaign's number: 1 for the campaign whose first submission was received first.
   *
   * @return the number, 1 or more
   */
  public abstract int number();

  /**
   * Returns the ids of the campaign's submissions in the order received; the first is the one the
   * others were compared with.
   *
   * @return the ids, at least two
   */
  public abstract ImmutableList<String> submissionIds();

  /**
   * Returns how many submissions the campaign has.
   *
   * @return the count
   */
  public int size() {
    return submissionIds().size();
  }

  /**
   * Obtains a campaign.
   *
   * @param number the number, 1 or more
   * @param submissionIds the ids of its submissions, at least two, the first one first
   * @return the campaign
   * @throws InvalidValueException if the number is below 1 or there are fewer than two ids
   */
  public static Campaign create(int number, List<String> submissionIds) {
    return ImmutableCampaign.builder().number(number).submissionIds(submissionIds).build();
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new InvalidValueException("campaign.number", number(), "must be 1 or more");
    }
    if (submissionIds().size() < 2) {
      throw new InvalidValueException("campaign.submissionIds", submissionIds(), "a campaign has at least two submissions");
    }
  }

  @Override
  public String toString() {
    return "campaign " + number() + " " + submissionIds();
  }
}
