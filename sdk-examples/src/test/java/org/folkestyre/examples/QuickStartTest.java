package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's quick start and checks what it prints. */
class QuickStartTest {
  @Test
  void printsTheViolationInBokmalAndTheWorkingDay() {
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream original = System.out;
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      QuickStart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertEquals(List.of(
            "NO-KL-5-5-COUNCIL-MIN: Kommunestyret har 41 medlemmer, men med 101469 innbyggere skal det ha minst 43.",
            "17. mai er helligdag: true",
            "5 virkedager etter 2024-05-15: 2024-05-24"),
        captured.toString(StandardCharsets.UTF_8).lines().toList());
  }
}
