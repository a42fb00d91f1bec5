package org.folkestyre.toolkit.budgeting.pabulib;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.folkestyre.core.testing.Generator;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.budgeting.PabulibFiles;
import org.junit.jupiter.api.Test;

/**
 * Random byte mutations of real files: the reader either parses the result or throws its own
 * documented {@link PabulibFormatException}, never anything else.
 */
class TestPabulibReaderFuzz {
  private static final byte[] INTERESTING = ";,\"\n\r-0.9eN\u00ef".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  private static Generator<byte[]> mutations(byte[] original) {
    return (random, size) -> {
      byte[] bytes = original.clone();
      for (int i = 0; i <= size; i++) {
        bytes = mutate(random, bytes);
      }
      return bytes;
    };
  }

  private static byte[] mutate(RandomGenerator random, byte[] bytes) {
    if (bytes.length == 0) {
      return new byte[] {INTERESTING[random.nextInt(INTERESTING.length)]};
    }
    int at = random.nextInt(bytes.length);
    switch (random.nextInt(4)) {
      case 0 -> {
        byte[] copy = bytes.clone();
        copy[at] = (byte) (random.nextBoolean() ? copy[at] ^ (1 << random.nextInt(8))
            : INTERESTING[random.nextInt(INTERESTING.length)]);
        return copy;
      }
      case 1 -> {
        byte[] copy = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(bytes, at + 1, copy, at, bytes.length - at - 1);
        return copy;
      }
      case 2 -> {
        byte[] copy = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, copy, 0, at);
        copy[at] = random.nextBoolean() ? (byte) random.nextInt(256) : INTERESTING[random.nextInt(INTERESTING.length)];
        System.arraycopy(bytes, at, copy, at + 1, bytes.length - at);
        return copy;
      }
      default -> {
        return Arrays.copyOf(bytes, at);
      }
    }
  }

  @Test
  void mutatedFilesParseOrFailWithTheDocumentedException() throws IOException {
    for (String file : new String[] {PabulibFiles.DIEPPE, PabulibFiles.TOULOUSE}) {
      byte[] original = Files.readAllBytes(PabulibFiles.path(file));
      PropertyCheck.forAll("mutations of " + file, 11L, 400, 6, mutations(original), bytes -> {
        try {
          PabulibReader.read(new ByteArrayInputStream(bytes), file);
        } catch (PabulibFormatException expected) {
          // the documented failure
        }
      });
    }
  }
}
