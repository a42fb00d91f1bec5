package org.folkestyre.toolkit.budgeting.pabulib;

/**
 * Checks bytes against UTF-8 as RFC 3629 defines it, as strictly as the JDK's decoder with {@link
 * java.nio.charset.CodingErrorAction#REPORT}: no overlong forms, no surrogates, nothing above
 * U+10FFFF, no truncated or stray continuation bytes.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * Tells whether the bytes are well-formed UTF-8.
   *
   * @param b the bytes
   * @param from the first index
   * @param to the index after the last
   * @return whether {@code b[from, to)} is well-formed
   */
  static boolean isValid(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int length;
      int min;
      int max;
      if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        min = 0x80;
        max = 0xBF;
      } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        // E0 would be overlong below A0; ED would encode a surrogate from A0 on.
        min = c == 0xE0 ? 0xA0 : 0x80;
        max = c == 0xED ? 0x9F : 0xBF;
      } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        // F0 would be overlong below 90; F4 would exceed U+10FFFF from 90 on.
        min = c == 0xF0 ? 0x90 : 0x80;
        max = c == 0xF4 ? 0x8F : 0xBF;
      } else {
        return false;
      }
      if (i + length > to) {
        return false;
      }
      int second = b[i + 1] & 0xFF;
      if (second < min || second > max) {
        return false;
      }
      for (int k = 2; k < length; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += length;
    }
    return true;
  }

  /**
   * Decodes well-formed UTF-8 into UTF-16.
   *
   * @param b the bytes, well-formed as {@link #isValid} checks
   * @param from the first index
   * @param to the index after the last
   * @param out where the characters go, from index 0; at least {@code to - from} long
   * @return the number of characters
   */
  static int decodeValid(byte[] b, int from, int to, char[] out) {
    int n = 0;
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        out[n++] = (char) c;
        i++;
      } else if (c < 0xE0) {
        out[n++] = (char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F));
        i += 2;
      } else if (c < 0xF0) {
        out[n++] = (char) (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F));
        i += 3;
      } else {
        int codePoint = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
        out[n++] = Character.highSurrogate(codePoint);
        out[n++] = Character.lowSurrogate(codePoint);
        i += 4;
      }
    }
    return n;
  }
}
