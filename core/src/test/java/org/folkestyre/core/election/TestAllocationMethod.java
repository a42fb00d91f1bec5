package org.folkestyre.core.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestAllocationMethod {

  private static List<String> divisors(AllocationMethod method, int count) {
    return IntStream.range(0, count).mapToObj(method::divisor).map(BigDecimal::toPlainString).toList();
  }

  // --- factories ---

  @Test
  void divisorSequences() {
    assertEquals(List.of("1", "2", "3", "4", "5"), divisors(AllocationMethod.dHondt(), 5));
    assertEquals(List.of("1", "3", "5", "7", "9"), divisors(AllocationMethod.sainteLague(), 5));
    assertEquals(List.of("1.4", "3", "5", "7", "9"),
        divisors(AllocationMethod.modifiedSainteLague(new BigDecimal("1.4")), 5));
    assertThrows(IllegalStateException.class, () -> AllocationMethod.hare().divisor(0));
    assertThrows(InvalidValueException.class, () -> AllocationMethod.dHondt().divisor(-1));
  }

  @Test
  void ids_andDivisorFlag() {
    assertEquals(List.of("dhondt", "sainte-lague", "modified-sainte-lague", "hare"), AllocationMethod.ids());
    assertEquals("dhondt", AllocationMethod.dHondt().id());
    assertEquals("sainte-lague", AllocationMethod.sainteLague().id());
    assertEquals("modified-sainte-lague", AllocationMethod.modifiedSainteLague(BigDecimal.valueOf(2)).id());
    assertEquals("hare", AllocationMethod.hare().id());
    assertTrue(AllocationMethod.dHondt().isDivisorMethod());
    assertFalse(AllocationMethod.hare().isDivisorMethod());
    assertEquals(Optional.empty(), AllocationMethod.dHondt().firstDivisor());
  }

  @Test
  void modifiedSainteLague_firstDivisorIsNormalised() {
    AllocationMethod a = AllocationMethod.modifiedSainteLague(new BigDecimal("1.40"));
    AllocationMethod b = AllocationMethod.modifiedSainteLague(new BigDecimal("1.4"));
    assertEquals(a, b);
    assertEquals(new BigDecimal("1.4"), a.firstDivisor().orElseThrow());
    assertEquals("modified-sainte-lague(1.4)", a.toString());
    assertEquals("2", AllocationMethod.modifiedSainteLague(new BigDecimal("2.000")).firstDivisor().orElseThrow().toPlainString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.0", "0.5", "3", "3.5", "-1.4"})
  void modifiedSainteLague_firstDivisorOutOfRange_isRejected(String value) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> AllocationMethod.modifiedSainteLague(new BigDecimal(value)));
    assertEquals("firstDivisor", e.field());
    assertEquals(new BigDecimal(value).toPlainString(), e.value());
  }

  // --- ofId ---

  @ParameterizedTest
  @CsvSource({"dhondt, dhondt", "' DHONDT ', dhondt", "Sainte-Lague, sainte-lague", "hare, hare",
      "modified-sainte-lague, modified-sainte-lague(1.4)"})
  void ofId_knownIds(String id, String expected) {
    assertEquals(expected, AllocationMethod.ofId(id, Optional.empty()).toString());
  }

  @Test
  void ofId_firstDivisor() {
    assertEquals(AllocationMethod.modifiedSainteLague(new BigDecimal("1.2")),
        AllocationMethod.ofId("modified-sainte-lague", Optional.of(new BigDecimal("1.2"))));
    InvalidValueException wrongMethod = assertThrows(InvalidValueException.class,
        () -> AllocationMethod.ofId("dhondt", Optional.of(new BigDecimal("1.4"))));
    assertEquals("firstDivisor", wrongMethod.field());
    assertThrows(InvalidValueException.class,
        () -> AllocationMethod.ofId("modified-sainte-lague", Optional.of(new BigDecimal("3"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"d'hondt", "webster", "", "sainte_lague"})
  void ofId_unknown_isRejectedNamingTheIdAndTheValidOnes(String id) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> AllocationMethod.ofId(id, Optional.empty()));
    assertEquals("method", e.field());
    assertEquals(id, e.value());
    assertTrue(e.getMessage().contains("dhondt, sainte-lague, modified-sainte-lague, hare"), e.getMessage());
  }
}
