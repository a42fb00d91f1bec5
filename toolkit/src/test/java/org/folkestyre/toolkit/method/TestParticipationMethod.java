package org.folkestyre.toolkit.method;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TestParticipationMethod {
  private static ParticipationMethod.Builder valid(String id, Provenance provenance) {
    return ParticipationMethod.builder()
        .id(id)
        .names(ParticipationMethod.texts("Prøve", "Prøve", "Trial"))
        .summary(ParticipationMethod.texts("Kort.", "Kort.", "Short."))
        .addPurposes(Purpose.INSIGHT)
        .iap2Level(Iap2Level.CONSULT)
        .addArenas(Arena.SERVICE)
        .decisionPower(DecisionPower.ADVISORY)
        .mode(Mode.IN_PERSON)
        .groupSize(GroupSize.between(5, 10))
        .addTargetGroups(TargetGroup.SERVICE_USERS)
        .costClass(CostClass.LOW)
        .duration(MethodDuration.of(Recurrence.ONE_OFF, "1 hour"))
        .provenance(provenance)
        .status(MethodStatus.DRAFT);
  }

  @Test
  void aVendorMethodHasANamespacedId() {
    ParticipationMethod method = valid("vendor.example:my-method", Provenance.VENDOR).build();
    assertEquals("vendor.example:my-method", method.id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Dialogue", "dialogue_meeting", "-dialogue", "dialogue--meeting", "vendor:dialogue", ""})
  void aBuiltInIdMustBeKebabCase(String id) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> valid(id, Provenance.BUILT_IN).build());
    assertEquals("id", e.field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"my-method", "vendor.example:", ":my-method", "Vendor:my-method"})
  void aVendorIdMustBeNamespaced(String id) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> valid(id, Provenance.VENDOR).build());
    assertEquals("id", e.field());
  }

  @Test
  void aSummaryOver280CharactersIsRejected() {
    String longText = "x".repeat(281);
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> valid("trial", Provenance.BUILT_IN)
        .summary(ParticipationMethod.texts("Kort.", "Kort.", longText)).build());
    assertEquals("summary.en", e.field());
  }

  @Test
  void purposesAreOneToThreeWithoutRepeats() {
    assertThrows(InvalidValueException.class, () -> valid("trial", Provenance.BUILT_IN)
        .addPurposes(Purpose.INSIGHT).build());
    assertThrows(InvalidValueException.class, () -> valid("trial", Provenance.BUILT_IN)
        .addPurposes(Purpose.MAKE, Purpose.DELIVER, Purpose.DEVELOP).build());
  }

  @Test
  void anIap2RangeMustCoverTheLevel() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> valid("trial", Provenance.BUILT_IN)
        .iap2Range(Iap2Range.between(Iap2Level.INVOLVE, Iap2Level.EMPOWER)).build());
    assertEquals("iap2Range", e.field());
    assertThrows(InvalidValueException.class, () -> Iap2Range.between(Iap2Level.EMPOWER, Iap2Level.INFORM));
  }

  @Test
  void groupSizesAreChecked() {
    assertEquals("5–10", GroupSize.between(5, 10).toString());
    assertEquals("50+", GroupSize.atLeast(50).toString());
    assertThrows(InvalidValueException.class, () -> GroupSize.between(10, 5));
    assertThrows(InvalidValueException.class, () -> GroupSize.atLeast(0));
  }

  @Test
  void newFieldsHaveEmptyDefaultsSoOlderDescriptionsStillBuild() {
    ParticipationMethod method = valid("trial", Provenance.BUILT_IN).build();
    assertEquals(ParticipationMethod.SCHEMA_VERSION, method.schemaVersion());
    assertEquals("1.0.0", method.version());
    assertTrue(method.openness().isEmpty());
    assertTrue(method.selection().isEmpty());
    assertTrue(method.accessibility().isEmpty());
    assertTrue(method.scopes().isEmpty());
    assertTrue(method.minimumAge().isEmpty());
    assertTrue(method.duration().contactMinutes().isEmpty());
  }

  @Test
  void rankedListsHoldAtMostThreeDistinctEntriesAndRecruitmentTwo() {
    InvalidValueException types = assertThrows(InvalidValueException.class, () -> valid("trial", Provenance.BUILT_IN)
        .addMethodTypes(MethodType.PLANNING, MethodType.RESEARCH, MethodType.DIRECT, MethodType.PROTEST).build());
    assertEquals("methodTypes", types.field());
    InvalidValueException repeated = assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN).addInteractionTypes(InteractionType.ACTING, InteractionType.ACTING)
            .build());
    assertEquals("interactionTypes", repeated.field());
    InvalidValueException recruitment = assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN)
            .addRecruitment(Recruitment.RANDOM, Recruitment.STRATIFIED, Recruitment.INVITATION).build());
    assertEquals("recruitment", recruitment.field());
    assertEquals(3, valid("trial", Provenance.BUILT_IN).addDecisionMethods(DecisionMethod.VOTING,
        DecisionMethod.IDEA_GENERATION, DecisionMethod.OPINION_SURVEY).build().decisionMethods().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.0", "01.0.0", "1.0.0-beta", "v1.0.0", ""})
  void versionsAreSemanticVersions(String version) {
    assertEquals("version", assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN).version(version).build()).field());
    assertEquals("schemaVersion", assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN).schemaVersion(version).build()).field());
  }

  @Test
  void agesLieBetweenZeroAndOneHundredAndTwentyInOrder() {
    assertEquals("minimumAge", assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN).minimumAge(-1).build()).field());
    assertEquals("maximumAge", assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN).maximumAge(121).build()).field());
    assertEquals("maximumAge", assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN).minimumAge(19).maximumAge(13).build()).field());
    ParticipationMethod youth = valid("trial", Provenance.BUILT_IN).minimumAge(13).maximumAge(19).build();
    assertEquals(13, youth.minimumAge().getAsInt());
  }

  @Test
  void blankTextsAreRejected() {
    assertEquals("alternativeNames.nb", assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN).putAlternativeNames(org.folkestyre.core.Language.NB, " ").build())
        .field());
    assertEquals("legalStatusNote", assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN).legalStatusNote("").build()).field());
    assertEquals("licence", assertThrows(InvalidValueException.class,
        () -> valid("trial", Provenance.BUILT_IN).licence("CC BY 4.0").build()).field());
    assertEquals("accessibility.offlineAlternative", assertThrows(InvalidValueException.class,
        () -> Accessibility.builder().languageDependency(Dependency.LOW).digitalDependency(DigitalDependency.NONE)
            .youthSuitability(YouthSuitability.ADAPTABLE).offlineAlternative(" ").build()).field());
  }

  @Test
  void spansAndDurationsAreChecked() {
    assertEquals("120–180", Span.of(120, 180).toString());
    assertEquals("4", Span.exactly(4).toString());
    assertTrue(Span.of(360, 720).contains(360));
    assertEquals("max", assertThrows(InvalidValueException.class, () -> Span.of(5, 4)).field());
    assertEquals("min", assertThrows(InvalidValueException.class, () -> Span.of(-1, 4)).field());
    assertEquals("duration.sessions", assertThrows(InvalidValueException.class, () -> MethodDuration.builder()
        .recurrence(Recurrence.ONE_OFF).description("x").sessions(Span.of(0, 2)).build()).field());
    assertEquals(360, MethodDuration.FULL_DAY_MINUTES);
  }

  @Test
  void legalReferencesAndSourcesAreChecked() {
    assertEquals("NO kommuneloven § 12-1", LegalReference.of("NO", "kommuneloven", "§ 12-1").toString());
    assertEquals("legalReferences.jurisdiction", assertThrows(InvalidValueException.class,
        () -> LegalReference.of("Norway", "kommuneloven", "§ 12-1")).field());
    assertEquals("DOGA: Gjestebud", SourceReference.of("DOGA", "Gjestebud", SourceKind.GUIDANCE).toString());
    assertEquals("sources.url", assertThrows(InvalidValueException.class, () -> SourceReference.builder()
        .publisher("DOGA").title("Gjestebud").kind(SourceKind.GUIDANCE).url("doga.no").build()).field());
    assertEquals("sources.year", assertThrows(InvalidValueException.class, () -> SourceReference.builder()
        .publisher("DOGA").title("Gjestebud").kind(SourceKind.GUIDANCE).year(19).build()).field());
  }

  @Test
  void theNorwegianInfluenceLevelFollowsTheCrosswalk() {
    assertEquals(java.util.Optional.of(NorwegianInfluenceLevel.INFORMATION_GATHERING),
        NorwegianInfluenceLevel.from(Iap2Level.CONSULT));
    assertEquals(java.util.Optional.of(NorwegianInfluenceLevel.COLLABORATION),
        NorwegianInfluenceLevel.from(Iap2Level.COLLABORATE));
    assertTrue(NorwegianInfluenceLevel.from(Iap2Level.EMPOWER).isEmpty());
  }
}
