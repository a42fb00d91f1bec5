package org.folkestyre.toolkit.budgeting.pabulib;

/**
 * A set of strings found by a range of characters, without making a string of the range: the
 * reader looks up project ids this way, finds repeated voter ids, and shares one instance of each
 * repeated value.
 *
 * <p>An open-addressing table with the strings' hashes kept beside them, so that a probe reads a
 * string only when its hash matches: a file's voter ids are a hundred thousand strings spread over
 * the heap.
 */
final class StringPool {
  private String[] strings = new String[64];
  private int[] hashes = new int[64];
  /** 32 less the number of bits of an index into the table. */
  private int shift = 32 - 6;
  private int size;
  /** The string the last {@link #find} added. */
  private String added;
  /** How many strings {@link #intern} adds at most; beyond, it makes a new string each time. */
  private final int internLimit;

  /** A pool without limit. */
  StringPool() {
    this(Integer.MAX_VALUE);
  }

  /** A pool to which {@link #intern} adds at most this many strings. */
  StringPool(int internLimit) {
    this.internLimit = internLimit;
  }

  /**
   * Returns the string of the pool equal to {@code c[from, to)}.
   *
   * @return the string, or null if the pool has none equal to the range
   */
  String get(char[] c, int from, int to) {
    int hash = hash(c, from, to);
    String[] t = strings;
    int[] h = hashes;
    int mask = t.length - 1;
    for (int i = slot(hash); ; i = (i + 1) & mask) {
      String s = t[i];
      if (s == null) {
        return null;
      }
      if (h[i] == hash && matches(s, c, from, to)) {
        return s;
      }
    }
  }

  /**
   * Returns the string of the pool equal to {@code c[from, to)}, adding one made of the range if
   * there is none and the pool is below its limit; otherwise a new string of the range.
   */
  String intern(char[] c, int from, int to) {
    if (size >= internLimit) {
      String s = get(c, from, to);
      return s != null ? s : new String(c, from, to - from);
    }
    String s = find(c, from, to);
    return s != null ? s : added;
  }

  /**
   * Adds a string made of {@code c[from, to)} unless the pool has one equal to it.
   *
   * @return the string added, or null if the pool had it already
   */
  String addNew(char[] c, int from, int to) {
    return find(c, from, to) == null ? added : null;
  }

  /** Adds a string, unless the pool has an equal one. */
  void add(String s) {
    char[] c = s.toCharArray();
    if (get(c, 0, c.length) == null) {
      if (2 * (size + 1) > strings.length) {
        grow();
      }
      place(s, s.hashCode());
      size++;
    }
  }

  /** Returns the string equal to the range, or adds one, sets {@link #added} and returns null. */
  private String find(char[] c, int from, int to) {
    int hash = hash(c, from, to);
    String[] t = strings;
    int[] h = hashes;
    int mask = t.length - 1;
    for (int i = slot(hash); ; i = (i + 1) & mask) {
      String s = t[i];
      if (s == null) {
        added = new String(c, from, to - from);
        if (2 * (size + 1) > t.length) {
          grow();
          place(added, hash);
        } else {
          t[i] = added;
          h[i] = hash;
        }
        size++;
        return null;
      }
      if (h[i] == hash && matches(s, c, from, to)) {
        return s;
      }
    }
  }

  private void grow() {
    String[] oldStrings = strings;
    int[] oldHashes = hashes;
    strings = new String[oldStrings.length * 2];
    hashes = new int[oldStrings.length * 2];
    shift--;
    for (int i = 0; i < oldStrings.length; i++) {
      if (oldStrings[i] != null) {
        place(oldStrings[i], oldHashes[i]);
      }
    }
  }

  private void place(String s, int hash) {
    int mask = strings.length - 1;
    int i = slot(hash);
    while (strings[i] != null) {
      i = (i + 1) & mask;
    }
    strings[i] = s;
    hashes[i] = hash;
  }

  private static boolean matches(String s, char[] c, int from, int to) {
    if (s.length() != to - from) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (s.charAt(k - from) != c[k]) {
        return false;
      }
    }
    return true;
  }

  /** The hash {@link String#hashCode()} gives the range as a string. */
  private static int hash(char[] c, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + c[i];
    }
    return h;
  }

  /**
   * The first slot to probe for a hash: the high bits of its product with the golden ratio, so that
   * ids that differ only in their last digits, whose hashes are close, do not form runs of
   * neighbouring slots.
   */
  private int slot(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }
}
