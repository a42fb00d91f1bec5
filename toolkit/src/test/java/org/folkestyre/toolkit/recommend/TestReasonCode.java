package org.folkestyre.toolkit.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestReasonCode {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void everyLanguageHasTheSamePlaceholders(ReasonCode code) {
    Set<String> english = placeholders(code.template().get(Language.EN));
    for (Language language : Language.values()) {
      assertEquals(english, placeholders(code.template().get(language)), code + " " + language);
    }
  }

  @ParameterizedTest
  @EnumSource(ReasonCode.class)
  void pointsMustSuitTheKind(ReasonCode code) {
    LocalizedText text = LocalizedText.ofAll("text");
    switch (code.kind()) {
      case EXCLUSION, NOTE -> {
        assertThrows(InvalidValueException.class, () -> Reason.of(code, 1, text));
        assertThrows(InvalidValueException.class, () -> Reason.of(code, -1, text));
      }
      case STRENGTH -> assertThrows(InvalidValueException.class, () -> Reason.of(code, -1, text));
      case WARNING -> assertThrows(InvalidValueException.class, () -> Reason.of(code, 1, text));
    }
    assertEquals(0, Reason.of(code, 0, text).points());
  }
}
