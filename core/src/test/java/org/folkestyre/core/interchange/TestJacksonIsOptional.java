package org.folkestyre.core.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jackson is an optional dependency of core: only the classes of
 * {@code org.folkestyre.core.interchange.oparl} may refer to it, so that everything else runs
 * without it on the path. Checked on the compiled classes, whose constant pools name every class
 * they use.
 */
class TestJacksonIsOptional {
  private static final Path CLASSES = Paths.get("target", "classes");

  @Test
  void onlyTheOParlPackageRefersToJackson() throws IOException {
    assertTrue(Files.isDirectory(CLASSES.resolve("org/folkestyre/core")), "compiled classes in " + CLASSES);
    List<String> offenders;
    try (Stream<Path> files = Files.walk(CLASSES)) {
      offenders = files.filter(f -> f.toString().endsWith(".class"))
          .filter(f -> !f.getFileName().toString().equals("module-info.class"))
          .filter(f -> !CLASSES.relativize(f).toString().replace('\\', '/').startsWith("org/folkestyre/core/interchange/oparl/"))
          .filter(TestJacksonIsOptional::refersToJackson)
          .map(f -> CLASSES.relativize(f).toString())
          .collect(Collectors.toList());
    }
    assertEquals(List.of(), offenders, "classes outside interchange.oparl that refer to Jackson");
  }

  @Test
  void theOParlPackageDoes() {
    assertTrue(refersToJackson(CLASSES.resolve("org/folkestyre/core/interchange/oparl/OParlExporter.class")));
  }

  private static boolean refersToJackson(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("com/fasterxml/jackson");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
