package org.folkestyre.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestLocalizedText {

  @Test
  void format_fillsEveryLanguage() {
    LocalizedText text = LocalizedText.of("{n} medlemmer", "{n} medlemmer", "{n} medlemmer", "{n} members");
    LocalizedText formatted = text.format(ImmutableMap.of("n", 57));
    assertEquals("57 medlemmer", formatted.get(Language.NB));
    assertEquals("57 members", formatted.get(Language.EN));
  }

  @Test
  void format_missingValue_namesThePlaceholder() {
    LocalizedText text = LocalizedText.ofAll("{size} of {minimum}");
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> text.format(ImmutableMap.of("size", 3)));
    assertEquals("placeholder", e.field());
    assertEquals("minimum", e.value());
  }

  @Test
  void of_blankText_rejectedNamingTheLanguage() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> LocalizedText.of("a", " ", "c", "d"));
    assertTrue(e.getMessage().contains("texts.nn"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"nb,NB", "NN,NN", " da ,DA", "en,EN"})
  void language_ofTag(String tag, Language expected) {
    assertEquals(expected, Language.ofTag(tag));
  }

  @Test
  void language_unknownTag_rejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Language.ofTag("sv"));
    assertEquals("Invalid language 'sv': must be one of nb, nn, da, en", e.getMessage());
  }
}
