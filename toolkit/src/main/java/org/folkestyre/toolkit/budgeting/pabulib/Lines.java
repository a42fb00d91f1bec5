package org.folkestyre.toolkit.budgeting.pabulib;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;

/**
 * The lines of a text, split as {@link BufferedReader#readLine()} splits them: at {@code \n},
 * {@code \r} or {@code \r\n}, without the terminator. Each line is read into one reused character
 * buffer, so that reading a line allocates nothing: the reader copies out only the fields it keeps.
 */
abstract class Lines {
  /** The size of the byte buffer: large reads are cheaper than many small ones. */
  static final int BUFFER_SIZE = 1 << 16;

  /** The characters of the line read last, in {@code [0, length)}; replaced when it grows. */
  char[] chars = new char[256];
  /** The length of the line read last. */
  int length;

  /**
   * Reads the next line into {@link #chars}.
   *
   * @return false at the end
   * @throws MalformedInputException if the bytes of the line are not UTF-8
   * @throws IOException if the source fails
   */
  abstract boolean next() throws IOException;

  /** Returns the line read last, as a string. */
  String line() {
    return new String(chars, 0, length);
  }

  final void capacity(int needed) {
    if (chars.length < needed) {
      chars = Arrays.copyOf(chars, Math.max(needed, chars.length * 2));
    }
  }

  /** Lines of characters. */
  static Lines of(Reader reader) {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, BUFFER_SIZE / 4);
    return new Lines() {
      @Override
      boolean next() throws IOException {
        String line = in.readLine();
        if (line == null) {
          return false;
        }
        capacity(line.length());
        line.getChars(0, line.length(), chars, 0);
        length = line.length();
        return true;
      }
    };
  }

  /** Lines of UTF-8 bytes, decoded strictly. */
  static Lines ofUtf8(InputStream in) {
    return new Utf8Lines(in);
  }

  /**
   * Decodes UTF-8 line by line from a large byte buffer. Line terminators are ASCII, and no byte of
   * a multi-byte UTF-8 sequence is, so splitting the bytes at the terminators before decoding finds
   * the same lines as decoding first. A line of ASCII bytes, the common case, is widened to
   * characters; any other line is validated before it is decoded, so that malformed input fails
   * instead of being replaced.
   */
  private static final class Utf8Lines extends Lines {
    private final InputStream in;
    private byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private int limit;
    private boolean end;
    /** Whether the previous line ended with {@code \r}, so that a {@code \n} right after it is skipped. */
    private boolean skipLineFeed;

    Utf8Lines(InputStream in) {
      this.in = in;
    }

    @Override
    boolean next() throws IOException {
      int scanned = position;
      boolean ascii = true;
      while (true) {
        if (skipLineFeed && position < limit) {
          skipLineFeed = false;
          if (buffer[position] == '\n') {
            position++;
            scanned = position;
            continue;
          }
        }
        byte[] b = buffer;
        int i = scanned;
        int stop = limit;
        while (i < stop) {
          byte c = b[i];
          if (c == '\n' || c == '\r') {
            break;
          }
          if (c < 0) {
            ascii = false;
          }
          i++;
        }
        if (i < stop) {
          decode(b, position, i, ascii);
          skipLineFeed = b[i] == '\r';
          position = i + 1;
          return true;
        }
        if (end) {
          if (position == limit) {
            return false;
          }
          decode(b, position, limit, ascii);
          position = limit;
          return true;
        }
        scanned = fill(i);
      }
    }

    /** Reads more bytes, keeping the unfinished line; returns where the scan continues. */
    private int fill(int scanned) throws IOException {
      int kept = limit - position;
      if (position > 0) {
        System.arraycopy(buffer, position, buffer, 0, kept);
      } else if (kept == buffer.length) {
        buffer = Arrays.copyOf(buffer, buffer.length * 2);
      }
      int resume = scanned - position;
      position = 0;
      limit = kept;
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        end = true;
      } else {
        limit += n;
      }
      return resume;
    }

    /** Decodes {@code b[from, to)} into the characters of the line. */
    private void decode(byte[] b, int from, int to, boolean ascii) throws MalformedInputException {
      // UTF-8 never has more characters than bytes.
      capacity(to - from);
      char[] c = chars;
      if (ascii) {
        for (int i = from; i < to; i++) {
          c[i - from] = (char) b[i];
        }
        length = to - from;
        return;
      }
      if (!Utf8.isValid(b, from, to)) {
        throw new MalformedInputException(1);
      }
      length = Utf8.decodeValid(b, from, to, c);
    }
  }
}
