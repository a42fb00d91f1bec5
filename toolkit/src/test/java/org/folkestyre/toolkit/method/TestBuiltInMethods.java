package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.folkestyre.core.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The built-in catalogue holds all 44 methods of the research, each complete. */
class TestBuiltInMethods {
  /** The 44 methods of the research's catalogue, in its order (section B, numbers 1 to 44). */
  static final List<String> RESEARCH_IDS = List.of(
      "public-meeting", "open-house-exhibition", "pop-up-stand", "formal-hearing", "survey", "online-citizen-panel",
      "map-based-input", "barnetrakk", "idea-portal", "online-meeting-politicians", "youth-podcast", "focus-group",
      "user-insight-interviews", "walk-along", "senior-walk", "host-led-conversation", "world-cafe",
      "dialogue-meeting", "future-workshop", "scenario-workshop", "charrette", "igp-ideation", "open-space",
      "youth-council", "statutory-councils", "neighbourhood-council", "citizen-politician-committee", "user-council",
      "participatory-budgeting", "co-creation", "mentor-scheme", "authority-new-way", "vulnerable-outreach-dialogue",
      "citizens-jury", "citizens-assembly", "planning-cell", "consensus-conference", "deliberative-poll",
      "citizens-summit", "permanent-citizens-council", "citizens-initiative", "local-referendum",
      "turnout-promotion", "democracy-festival");

  private static List<ParticipationMethod> builtIns() {
    return MethodCatalogue.builtIn().methods();
  }

  @Test
  void theCatalogueHoldsTheResearchsFortyFourMethodsInItsOrder() {
    assertEquals(44, RESEARCH_IDS.size());
    assertEquals(44, new HashSet<>(RESEARCH_IDS).size());
    assertEquals(RESEARCH_IDS, builtIns().stream().map(ParticipationMethod::id).toList());
  }

  @Test
  void idsAreUnique() {
    Set<String> ids = new HashSet<>();
    for (ParticipationMethod method : builtIns()) {
      assertTrue(ids.add(method.id()), method.id());
    }
  }

  @ParameterizedTest
  @MethodSource("builtIns")
  void everySchemaFieldTheResearchRequiresIsFilled(ParticipationMethod method) {
    String id = method.id();
    for (Language language : Language.values()) {
      assertFalse(method.name(language).isBlank(), id);
      assertTrue(method.summary().get(language).length() <= ParticipationMethod.MAX_SUMMARY_LENGTH, id);
    }
    assertEquals(ParticipationMethod.SCHEMA_VERSION, method.schemaVersion(), id);
    assertEquals("1.0.0", method.version(), id);
    assertFalse(method.methodTypes().isEmpty(), id);
    assertFalse(method.purposes().isEmpty(), id);
    assertFalse(method.arenas().isEmpty(), id);
    assertTrue(method.openness().isPresent(), id);
    assertTrue(method.selection().isPresent(), id);
    assertFalse(method.recruitment().isEmpty(), id);
    assertFalse(method.targetGroups().isEmpty(), id);
    assertFalse(method.interactionTypes().isEmpty(), id);
    assertFalse(method.decisionMethods().isEmpty(), id);
    assertTrue(method.deliberationType().isPresent(), id);
    assertTrue(method.facilitation().isPresent(), id);
    assertFalse(method.scopes().isEmpty(), id);
    assertFalse(method.planningPhases().isEmpty(), id);
    assertFalse(method.outputs().isEmpty(), id);
    assertTrue(method.accessibility().isPresent(), id);
    assertFalse(method.accessibility().get().barriers().isEmpty(), id);
    assertFalse(method.accessibility().get().supports().isEmpty(), id);
    assertTrue(method.accessibilityNotes().isPresent(), id);
    assertFalse(method.sources().isEmpty(), id);
    assertEquals(method.sources().size(), method.references().size(), id);
    assertEquals(Provenance.BUILT_IN, method.provenance(), id);
    assertEquals(MethodStatus.PUBLISHED, method.status(), id);
    assertEquals("Apache-2.0", method.licence().orElseThrow(), id);
    assertEquals(NorwegianInfluenceLevel.from(method.iap2Level()), method.norwegianInfluenceLevel(), id);
  }

  @Test
  void theFormalChannelsNameTheirLegalBasis() {
    MethodCatalogue catalogue = MethodCatalogue.builtIn();
    assertEquals("§ 12-1", catalogue.of("citizens-initiative").legalReferences().get(0).section().orElseThrow());
    assertEquals("§ 12-2", catalogue.of("local-referendum").legalReferences().get(0).section().orElseThrow());
    assertEquals("§ 5-12", catalogue.of("youth-council").legalReferences().get(0).section().orElseThrow());
    assertEquals("§ 17, stk. 4",
        catalogue.of("citizen-politician-committee").legalReferences().get(0).section().orElseThrow());
  }

  @Test
  void factsFromTheResearchCarryOver() {
    MethodCatalogue catalogue = MethodCatalogue.builtIn();
    // Planning cell: about 25 per cell, about four days.
    ParticipationMethod cell = catalogue.of("planning-cell");
    assertEquals(25, cell.groupSize().min());
    assertEquals(Selection.RANDOM, cell.selection().orElseThrow());
    assertEquals(4, cell.duration().sessions().orElseThrow().min());
    // Consensus conference: a lay panel of 14 to 16.
    assertEquals("14–16", catalogue.of("consensus-conference").groupSize().toString());
    // Youth council: about 13 to 19.
    assertEquals(13, catalogue.of("youth-council").minimumAge().getAsInt());
    assertEquals(19, catalogue.of("youth-council").maximumAge().getAsInt());
    // Host-led conversation: Drammen invited guests from about 12.
    assertEquals(12, catalogue.of("host-led-conversation").minimumAge().getAsInt());
    // Barnetråkk runs in school on a digital map, with a paper alternative.
    Accessibility barnetrakk = catalogue.of("barnetrakk").accessibility().orElseThrow();
    assertEquals(DigitalDependency.REQUIRED, barnetrakk.digitalDependency());
    assertEquals(YouthSuitability.DESIGNED_FOR, barnetrakk.youthSuitability());
    assertTrue(barnetrakk.offlineAlternative().isPresent());
  }

  @Test
  void structuredSourcesKeepPublisherAndTitle() {
    ParticipationMethod method = MethodCatalogue.builtIn().of("host-led-conversation");
    SourceReference doga = method.references().get(0);
    assertEquals("DOGA", doga.publisher());
    assertEquals("Gjestebud", doga.title());
    SourceReference participedia = method.references().get(method.references().size() - 1);
    assertEquals("Participedia", participedia.publisher());
    assertEquals(SourceKind.CATALOGUE, participedia.kind());
  }
}
