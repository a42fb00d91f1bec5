package org.folkestyre.toolkit.budgeting.pabulib;

/**
 * A set of strings found by a range of characters in another string, without copying the range:
 * the reader looks up project ids this way, and shares one instance of each repeated value.
 */
final class StringPool {
  private String[] table = new String[64];
  private int size;

  /**
   * Returns the string of the pool equal to {@code text[from, to)}.
   *
   * @return the string, or null if the pool has none equal to the range
   */
  String get(String text, int from, int to) {
    int hash = hash(text, from, to);
    String[] t = table;
    int mask = t.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String s = t[i];
      if (s == null) {
        return null;
      }
      if (matches(s, hash, text, from, to)) {
        return s;
      }
    }
  }

  /**
   * Returns the string of the pool equal to {@code text[from, to)}, adding a copy of the range if
   * there is none.
   */
  String intern(String text, int from, int to) {
    int hash = hash(text, from, to);
    String[] t = table;
    int mask = t.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String s = t[i];
      if (s == null) {
        String added = text.substring(from, to);
        insert(added);
        return added;
      }
      if (matches(s, hash, text, from, to)) {
        return s;
      }
    }
  }

  /**
   * Adds a copy of {@code text[from, to)} unless the pool has a string equal to it.
   *
   * @return the copy added, or null if the pool had the string already
   */
  String addNew(String text, int from, int to) {
    int hash = hash(text, from, to);
    String[] t = table;
    int mask = t.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      String s = t[i];
      if (s == null) {
        String added = text.substring(from, to);
        insert(added);
        return added;
      }
      if (matches(s, hash, text, from, to)) {
        return null;
      }
    }
  }

  /** Adds a string, unless the pool has an equal one. */
  void add(String s) {
    if (get(s, 0, s.length()) == null) {
      insert(s);
    }
  }

  private void insert(String s) {
    if (2 * (size + 1) > table.length) {
      String[] old = table;
      table = new String[old.length * 2];
      for (String o : old) {
        if (o != null) {
          place(o);
        }
      }
    }
    place(s);
    size++;
  }

  private void place(String s) {
    int mask = table.length - 1;
    int i = spread(s.hashCode()) & mask;
    while (table[i] != null) {
      i = (i + 1) & mask;
    }
    table[i] = s;
  }

  private static boolean matches(String s, int hash, String text, int from, int to) {
    return s.length() == to - from && s.hashCode() == hash && text.regionMatches(from, s, 0, to - from);
  }

  /** The hash {@link String#hashCode()} gives the range as a string. */
  private static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
