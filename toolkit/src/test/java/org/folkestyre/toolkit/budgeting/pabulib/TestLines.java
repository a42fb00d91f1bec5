package org.folkestyre.toolkit.budgeting.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.junit.jupiter.api.Test;

/** The reader's own UTF-8 lines agree with the JDK's strict decoder and {@link BufferedReader}. */
class TestLines {
  /** Bytes that matter to line splitting and to UTF-8: terminators, ASCII, leads and continuations. */
  private static final int[] BYTES = {'\n', '\r', 'a', ';', ' ', 0x80, 0xA0, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xED,
      0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xC0, 0x8F, 0x90, 0x9F};

  private static final Generator<byte[]> SOME_BYTES = (random, size) -> {
    byte[] bytes = new byte[random.nextInt(size * 4 + 1)];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : BYTES[random.nextInt(BYTES.length)]);
    }
    return bytes;
  };

  /** Text that is valid UTF-8: Polish, Danish and Norwegian letters, an emoji, all terminators. */
  private static final Generator<String> SOME_TEXT = (random, size) -> {
    String[] pieces = {"\n", "\r", "\r\n", "a", "Łódź", "ø", "Æ", "\uD83D\uDE00", ";", "\"", " ", "", "\uFEFF"};
    StringBuilder text = new StringBuilder();
    int n = random.nextInt(size * 3 + 1);
    for (int i = 0; i < n; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  };

  private static boolean jdkAccepts(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static List<String> lines(Lines lines) {
    List<String> all = new ArrayList<>();
    try {
      while (lines.next()) {
        all.add(lines.line());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return all;
  }

  private static List<String> jdkLines(String text) {
    return new BufferedReader(new StringReader(text)).lines().toList();
  }

  @Test
  void validatesUtf8AsTheJdkDecoderDoes() {
    PropertyCheck.forAll("UTF-8 validation", 7L, 3000, 8, SOME_BYTES,
        bytes -> assertEquals(jdkAccepts(bytes), Utf8.isValid(bytes, 0, bytes.length)));
  }

  @Test
  void rejectsOverlongSurrogateAndTooLargeForms() {
    int[][] malformed = {{0xC0, 0xAF}, {0xE0, 0x80, 0xAF}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80},
        {0xF5, 0x80, 0x80, 0x80}, {0xC3}, {0x80}};
    for (int[] codes : malformed) {
      byte[] bytes = new byte[codes.length];
      for (int i = 0; i < codes.length; i++) {
        bytes[i] = (byte) codes[i];
      }
      assertEquals(false, Utf8.isValid(bytes, 0, bytes.length));
    }
    byte[] ok = "Łódź ø \uD83D\uDE00".getBytes(StandardCharsets.UTF_8);
    assertEquals(true, Utf8.isValid(ok, 0, ok.length));
  }

  @Test
  void splitsValidTextAsBufferedReaderDoes() {
    PropertyCheck.forAll("UTF-8 lines", 11L, 2000, 12, SOME_TEXT, text -> assertEquals(jdkLines(text),
        lines(Lines.ofUtf8(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))));
  }

  @Test
  void splitsAcrossBufferBoundariesAndGrowsForLongLines() {
    String longLine = "x".repeat(Lines.BUFFER_SIZE * 2 + 3) + "ø";
    String text = "a".repeat(Lines.BUFFER_SIZE - 1) + "\r\n" + longLine + "\r" + "\n\nend";
    // A stream that returns a few bytes at a time puts the terminators at every position of the buffer.
    InputStream trickle = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    assertEquals(jdkLines(text), lines(Lines.ofUtf8(trickle)));
    assertEquals(jdkLines(text), lines(Lines.ofUtf8(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void readsTheSameLinesAsTheJdkOrRejectsWhatItRejects() {
    PropertyCheck.forAll("lines of random bytes", 13L, 2000, 8, SOME_BYTES, bytes -> {
      Lines lines = Lines.ofUtf8(new ByteArrayInputStream(bytes));
      if (jdkAccepts(bytes)) {
        assertEquals(jdkLines(new String(bytes, StandardCharsets.UTF_8)), lines(lines));
      } else {
        assertThrows(MalformedInputException.class, () -> {
          while (lines.next()) {
            // read to the malformed line
          }
        });
      }
    });
  }

  @Test
  void reportsTheLineOfMalformedBytes() {
    byte[] good = "META\nkey;value\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[good.length + 3];
    System.arraycopy(good, 0, bytes, 0, good.length);
    bytes[good.length] = 'b';
    bytes[good.length + 1] = (byte) 0xC3;
    bytes[good.length + 2] = '(';
    PabulibFormatException e = assertThrows(PabulibFormatException.class,
        () -> PabulibReader.read(new ByteArrayInputStream(bytes), "x.pb"));
    assertEquals(3, e.line(), e.getMessage());
  }

  @Test
  void readsCharactersThroughAReader() {
    String text = "a\r\nb\rc\n";
    assertEquals(List.of("a", "b", "c"), lines(Lines.of(new InputStreamReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))));
  }
}
