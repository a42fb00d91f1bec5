package org.folkestyre.core.consultation;

import com.google.common.collect.ImmutableList;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.folkestyre.core.InvalidValueException;

/**
 * Finds campaigns: groups of submissions whose texts are identical or nearly so.
 *
 * <p><b>Similarity.</b> A text is normalised (Unicode NFKC, lower case, split into words of
 * letters and digits; punctuation, case and spacing do not matter) and cut into shingles: every
 * run of three consecutive words (a text of one or two words is one shingle). The similarity of
 * two texts is the Jaccard index of their shingle sets, |A ∩ B| / |A ∪ B|: 1 for texts with the
 * same words in the same order, and about 0.9 for a 60-word letter with one word changed. A text
 * with no words is in no campaign.
 *
 * <p><b>Grouping.</b> Submissions are taken in the order given (the order received). Each joins
 * the earliest campaign whose <em>first</em> submission it resembles with a similarity of at least
 * the threshold (0.9 by default); otherwise it starts a group of its own. Comparing with the first
 * submission, not with any member, keeps a chain of small edits from drifting into one group of
 * unrelated texts. Groups of at least the minimum size (3 by default) are campaigns.
 *
 * <p><b>Time.</b> Candidates are found by MinHash signatures (36 hash functions in 12 bands of
 * 3) and locality-sensitive hashing; only candidates are compared exactly. The time is linear in
 * the total length of the texts, plus the exact comparisons, which are few unless many texts are
 * nearly similar. A pair at exactly the threshold 0.9 is found with probability above
 * 1 − 10⁻⁶ (a miss needs all 12 bands to differ: 0.271¹² ≈ 1.6 × 10⁻⁷), a more similar pair even
 * more surely; an exact duplicate always. A lower threshold raises the chance of a miss (at 0.75
 * about 1.4 × 10⁻³ per pair). The hash functions are fixed, so the result is the same on every run.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CampaignDetector {
  /** The default threshold of similarity. */
  public static final double DEFAULT_THRESHOLD = 0.9;
  /** The default least number of submissions of a campaign. */
  public static final int DEFAULT_MINIMUM_SIZE = 3;

  private static final int BANDS = 12;
  private static final int ROWS = 3;
  private static final int HASHES = BANDS * ROWS;
  private static final int SHINGLE_WORDS = 3;
  private static final long[] SEEDS = seeds();

  private static final CampaignDetector DEFAULTS = new CampaignDetector(DEFAULT_THRESHOLD, DEFAULT_MINIMUM_SIZE);

  private final double threshold;
  private final int minimumSize;

  private CampaignDetector(double threshold, int minimumSize) {
    this.threshold = threshold;
    this.minimumSize = minimumSize;
  }

  /**
   * Returns the detector with the default threshold 0.9 and minimum size 3.
   *
   * @return the detector
   */
  public static CampaignDetector defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a detector.
   *
   * @param threshold the least similarity with a campaign's first submission, above 0.5 and at most 1
   * @param minimumSize the least number of submissions of a campaign, 2 or more
   * @return the detector
   * @throws InvalidValueException if a value is out of range
   */
  public static CampaignDetector of(double threshold, int minimumSize) {
    if (!(threshold > 0.5 && threshold <= 1.0)) {
      throw new InvalidValueException("threshold", threshold, "must be above 0.5 and at most 1");
    }
    if (minimumSize < 2) {
      throw new InvalidValueException("minimumSize", minimumSize, "a campaign has at least 2 submissions");
    }
    return new CampaignDetector(threshold, minimumSize);
  }

  /**
   * Returns the threshold of similarity.
   *
   * @return the threshold
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Returns the least number of submissions of a campaign.
   *
   * @return the minimum size
   */
  public int minimumSize() {
    return minimumSize;
  }

  /**
   * Returns the similarity of two texts: the Jaccard index of their shingle sets.
   *
   * @param a a text
   * @param b another text
   * @return the similarity from 0 to 1; 0 when either text has no words
   */
  public static double similarity(String a, String b) {
    long[] x = shingles(a);
    long[] y = shingles(b);
    if (x.length == 0 || y.length == 0) {
      return 0.0;
    }
    int common = intersection(x, y);
    return (double) common / (x.length + y.length - common);
  }

  /**
   * Finds the campaigns among submissions.
   *
   * @param submissions the submissions, in the order received
   * @return the campaigns, numbered from 1 in the order of their first submission
   */
  public ImmutableList<Campaign> detect(List<Submission> submissions) {
    Objects.requireNonNull(submissions, "submissions");
    List<long[]> leaders = new ArrayList<>();
    List<List<String>> groups = new ArrayList<>();
    List<Map<Long, List<Integer>>> buckets = new ArrayList<>(BANDS);
    for (int b = 0; b < BANDS; b++) {
      buckets.add(new HashMap<>());
    }
    for (Submission submission : submissions) {
      long[] shingles = shingles(submission.text());
      if (shingles.length == 0) {
        continue;
      }
      long[] keys = bandKeys(signature(shingles));
      TreeSet<Integer> candidates = new TreeSet<>();
      for (int b = 0; b < BANDS; b++) {
        List<Integer> bucket = buckets.get(b).get(keys[b]);
        if (bucket != null) {
          candidates.addAll(bucket);
        }
      }
      int joined = -1;
      for (int candidate : candidates) {
        if (similar(shingles, leaders.get(candidate))) {
          joined = candidate;
          break;
        }
      }
      if (joined >= 0) {
        groups.get(joined).add(submission.id());
      } else {
        int group = leaders.size();
        leaders.add(shingles);
        List<String> ids = new ArrayList<>();
        ids.add(submission.id());
        groups.add(ids);
        for (int b = 0; b < BANDS; b++) {
          buckets.get(b).computeIfAbsent(keys[b], k -> new ArrayList<>(1)).add(group);
        }
      }
    }
    ImmutableList.Builder<Campaign> campaigns = ImmutableList.builder();
    int number = 0;
    for (List<String> group : groups) {
      if (group.size() >= minimumSize) {
        campaigns.add(Campaign.create(++number, group));
      }
    }
    return campaigns.build();
  }

  private boolean similar(long[] a, long[] b) {
    int common = intersection(a, b);
    int union = a.length + b.length - common;
    return common >= threshold * union - 1e-9;
  }

  /** The sorted, distinct hashes of a text's shingles. */
  static long[] shingles(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long hash = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(words.size(), i + SHINGLE_WORDS); j++) {
        hash = fnv(hash, words.get(j));
        hash = (hash ^ 0x1f) * 0x100000001b3L;
      }
      hashes[i] = mix(hash);
    }
    Arrays.sort(hashes);
    int distinct = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (i == 0 || hashes[i] != hashes[i - 1]) {
        hashes[distinct++] = hashes[i];
      }
    }
    return Arrays.copyOf(hashes, distinct);
  }

  private static List<String> words(String text) {
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < normalized.length(); ) {
      int codePoint = normalized.codePointAt(i);
      boolean wordChar = Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK;
      if (wordChar && start < 0) {
        start = i;
      } else if (!wordChar && start >= 0) {
        words.add(normalized.substring(start, i));
        start = -1;
      }
      i += Character.charCount(codePoint);
    }
    if (start >= 0) {
      words.add(normalized.substring(start));
    }
    return words;
  }

  private static long fnv(long hash, String word) {
    long h = hash;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** The finaliser of SplitMix64: a bijection that spreads every input bit over the output. */
  private static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9e3779b97f4a7c15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }

  private static long[] signature(long[] shingles) {
    long[] minimum = new long[HASHES];
    Arrays.fill(minimum, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(shingle ^ SEEDS[i]);
        if (h < minimum[i]) {
          minimum[i] = h;
        }
      }
    }
    return minimum;
  }

  private static long[] bandKeys(long[] signature) {
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = b;
      for (int r = 0; r < ROWS; r++) {
        key = mix(key * 31 + signature[b * ROWS + r]);
      }
      keys[b] = key;
    }
    return keys;
  }

  private static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }
}
