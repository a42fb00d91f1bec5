package org.folkestyre.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Tests the built-in jurisdictions and the static lookups of {@link Jurisdiction}. */
class TestJurisdiction {

  // ---------------------------------------------------------------------------------------------
  // of(String)

  @ParameterizedTest(name = "of(\"{0}\") is {1}")
  @CsvSource(delimiter = '|', value = {
      "NO | NO", "no | NO", "No | NO", "' NO ' | NO", "'\tno\n' | NO",
      "DK | DK", "dk | DK", "' DK ' | DK", "dK | DK",
  })
  void ofIgnoresCaseAndBlanks(String id, String expected) {
    assertEquals(expected, Jurisdiction.of(id).id());
  }

  @Test
  void ofReturnsTheBuiltInInstances() {
    assertSame(Jurisdiction.norway(), Jurisdiction.of("no"));
    assertSame(Jurisdiction.denmark(), Jurisdiction.of(" DK "));
  }

  @ParameterizedTest(name = "of(\"{0}\") is unknown")
  @ValueSource(strings = {"SE", "", " ", "NOR", "N O", "XX"})
  void unknownIdsAreRejectedListingTheAvailableOnes(String id) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Jurisdiction.of(id));
    assertEquals("jurisdiction", e.field());
    assertEquals(id, e.value());
    assertTrue(e.getMessage().startsWith("Invalid jurisdiction '" + id + "': is not known; "),
        e.getMessage());
    assertTrue(e.getMessage().contains("available: NO, DK"), e.getMessage());
  }

  @Test
  void nullIdIsRejectedNamingTheParameter() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> Jurisdiction.of(null));
    assertEquals("id", e.getMessage());
  }

  @Test
  void availableListsNorwayThenDenmarkFirst() {
    List<Jurisdiction> available = Jurisdiction.available();
    assertTrue(available.size() >= 2, available.toString());
    assertEquals(List.of("NO", "DK"), List.of(available.get(0).id(), available.get(1).id()));
  }

  // ---------------------------------------------------------------------------------------------
  // The built-in jurisdictions

  @Test
  void norway() {
    Jurisdiction norway = Jurisdiction.norway();
    assertEquals("NO", norway.id());
    assertEquals(Jurisdiction.NORWAY_ID, norway.id());
    assertEquals(LocalizedText.of("Norge", "Noreg", "Norge", "Norway"), norway.name());
    assertEquals(Language.NB, norway.primaryLanguage());
    assertEquals(ZoneId.of("Europe/Oslo"), norway.zone());
    assertEquals(Money.NOK, norway.currency());
    assertEquals(4, norway.municipalityCodeDigits());
    assertEquals(Set.of("NO-KL"), norway.rulePackIds());
    assertTrue(norway.holidayCalendar().isHoliday(LocalDate.of(2024, 5, 17)));
  }

  @Test
  void denmark() {
    Jurisdiction denmark = Jurisdiction.denmark();
    assertEquals("DK", denmark.id());
    assertEquals(Jurisdiction.DENMARK_ID, denmark.id());
    assertEquals(LocalizedText.of("Danmark", "Danmark", "Danmark", "Denmark"), denmark.name());
    assertEquals(Language.DA, denmark.primaryLanguage());
    assertEquals(ZoneId.of("Europe/Copenhagen"), denmark.zone());
    assertEquals(Money.DKK, denmark.currency());
    assertEquals(3, denmark.municipalityCodeDigits());
    assertEquals(Set.of("DK-KSL"), denmark.rulePackIds());
    assertFalse(denmark.holidayCalendar().isHoliday(LocalDate.of(2024, 5, 17)));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Concept.class)
  void everyJurisdictionHasATermForEveryConceptInEveryLanguage(Concept concept) {
    for (Jurisdiction jurisdiction : Jurisdiction.available()) {
      for (Language language : Language.values()) {
        String term = jurisdiction.term(concept, language);
        assertFalse(term == null || term.isBlank(),
            jurisdiction + " has no " + language.tag() + " term for " + concept);
        assertEquals(term.strip(), term, "surrounding blanks");
      }
    }
  }

  /** The jurisdiction's own terms, as the glossary gives them. */
  @ParameterizedTest(name = "{0} {1} in {2}: {3}")
  @CsvSource({
      "NO, MUNICIPAL_COUNCIL, NB, kommunestyre",
      "NO, MUNICIPAL_COUNCIL, NN, kommunestyre",
      "NO, MAYOR, NB, ordfører",
      "NO, MAYOR, NN, ordførar",
      "NO, EXECUTIVE_COMMITTEE, NB, formannskap",
      "NO, STANDING_COMMITTEE, NN, hovudutval",
      "NO, LOCAL_COMMITTEE, NB, nærutvalg",
      "NO, DISTRICT, NB, kommunedel",
      "NO, MUNICIPALITY_CODE, NB, kommunenummer",
      "NO, WORKING_DAY, NB, virkedag",
      "NO, WORKING_DAY, NN, yrkedag",
      "DK, MUNICIPAL_COUNCIL, DA, kommunalbestyrelse",
      "DK, MAYOR, DA, borgmester",
      "DK, EXECUTIVE_COMMITTEE, DA, økonomiudvalg",
      "DK, DEPUTY_MAYOR, DA, viceborgmester",
      "DK, LOCAL_COMMITTEE, DA, lokaludvalg",
      "DK, DISTRICT, DA, lokalområde",
      "DK, MUNICIPALITY_CODE, DA, kommunekode",
      "DK, MEETING, DA, møde",
      "DK, WORKING_DAY, DA, hverdag",
      "NO, MUNICIPAL_COUNCIL, EN, municipal council",
      "DK, MUNICIPAL_COUNCIL, EN, municipal council",
  })
  void ownTerms(String id, Concept concept, Language language, String expected) {
    assertEquals(expected, Jurisdiction.of(id).term(concept, language));
  }

  /** In the neighbour's language: the reader's word, then the local word in parentheses. */
  @ParameterizedTest(name = "{0} {1} in {2}: {3}")
  @CsvSource({
      "NO, MUNICIPAL_COUNCIL, DA, kommunalbestyrelse (norsk: kommunestyre)",
      "NO, MAYOR, DA, borgmester (norsk: ordfører)",
      "DK, MUNICIPAL_COUNCIL, NB, kommunestyre (dansk: kommunalbestyrelse)",
      "DK, MAYOR, NN, ordførar (dansk: borgmester)",
      "DK, MEETING, NB, møte",
      "NO, MUNICIPALITY, DA, kommune",
  })
  void neighbourTerms(String id, Concept concept, Language language, String expected) {
    assertEquals(expected, Jurisdiction.of(id).term(concept, language));
  }

  // ---------------------------------------------------------------------------------------------
  // Identity

  @Test
  void equalityIsById() {
    Jurisdiction copy = Jurisdiction.builder().from(Jurisdiction.norway())
        .name(LocalizedText.ofAll("Another name")).build();
    assertEquals(Jurisdiction.norway(), copy);
    assertEquals(Jurisdiction.norway().hashCode(), copy.hashCode());
    assertNotEquals(Jurisdiction.norway(), Jurisdiction.denmark());
    assertEquals("NO", Jurisdiction.norway().toString());
  }
}
