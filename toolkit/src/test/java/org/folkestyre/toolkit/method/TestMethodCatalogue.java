package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestMethodCatalogue {
  private static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

  /** The methods the seeds name, by their catalogue ids. */
  private static final List<String> SEED_METHODS = List.of(
      "dialogue-meeting", "future-workshop", "online-meeting-politicians", "youth-podcast", "idea-portal",
      "formal-hearing", "public-meeting", "democracy-festival", "participatory-budgeting",
      "neighbourhood-council", "vulnerable-outreach-dialogue", "turnout-promotion", "co-creation",
      "authority-new-way", "mentor-scheme", "citizens-initiative", "local-referendum");

  private final MethodCatalogue catalogue = MethodCatalogue.builtIn();

  @Test
  void everyBuiltInHasAUniqueKebabCaseId() {
    Set<String> ids = new HashSet<>();
    for (ParticipationMethod method : catalogue.methods()) {
      assertTrue(KEBAB.matcher(method.id()).matches(), method.id());
      assertTrue(ids.add(method.id()), "duplicate " + method.id());
    }
  }

  @Test
  void everyBuiltInHasEveryRequiredField() {
    for (ParticipationMethod method : catalogue.methods()) {
      String id = method.id();
      for (Language language : Language.values()) {
        assertFalse(method.name(language).isBlank(), id);
        String summary = method.summary().get(language);
        assertFalse(summary.isBlank(), id);
        assertTrue(summary.length() <= ParticipationMethod.MAX_SUMMARY_LENGTH, id + " " + language);
      }
      assertFalse(method.purposes().isEmpty(), id);
      assertFalse(method.arenas().isEmpty(), id);
      assertFalse(method.targetGroups().isEmpty(), id);
      assertFalse(method.sources().isEmpty(), id);
      assertTrue(method.accessibilityNotes().isPresent(), id);
      assertFalse(method.duration().description().isBlank(), id);
      assertEquals(Provenance.BUILT_IN, method.provenance(), id);
      assertEquals(MethodStatus.PUBLISHED, method.status(), id);
      method.iap2Range().ifPresent(range -> assertTrue(range.contains(method.iap2Level()), id));
    }
  }

  @Test
  void collaboratingAndEmpoweringMethodsGiveParticipantsPower() {
    for (ParticipationMethod method : catalogue.methods()) {
      if (method.iap2Level().compareTo(Iap2Level.COLLABORATE) >= 0) {
        assertNotEquals(DecisionPower.NONE, method.decisionPower(), method.id());
      }
    }
  }

  @Test
  void theSeedsMethodsArePresent() {
    for (String id : SEED_METHODS) {
      assertTrue(catalogue.find(id).isPresent(), id);
    }
  }

  @Test
  void theOrderIsDeterministic() {
    assertSame(catalogue, MethodCatalogue.builtIn());
    assertEquals("public-meeting", catalogue.methods().get(0).id());
    assertEquals("democracy-festival", catalogue.methods().get(catalogue.methods().size() - 1).id());
  }

  @Test
  void ofReturnsTheMethodWithTheId() {
    ParticipationMethod method = catalogue.of("participatory-budgeting");
    assertEquals("Participatory budgeting", method.name(Language.EN));
    assertEquals("Innbyggerbudsjett / medvirkningsbudsjett", method.name(Language.NN));
    assertEquals(DecisionPower.BINDING, method.decisionPower());
  }

  @ParameterizedTest
  @ValueSource(strings = {"no-such-method", "", "Dialogue-Meeting"})
  void anUnknownIdIsRejectedByName(String id) {
    assertTrue(catalogue.find(id).isEmpty());
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> catalogue.of(id));
    assertEquals(id, e.value());
    assertTrue(e.getMessage().startsWith("Invalid method id '" + id + "': no such method"), e.getMessage());
  }
}
