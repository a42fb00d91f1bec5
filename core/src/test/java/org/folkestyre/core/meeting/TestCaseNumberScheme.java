package org.folkestyre.core.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestCaseNumberScheme {

  @ParameterizedTest
  @EnumSource(CaseNumberScheme.class)
  void example_parsesInItsJurisdictionAsItsScheme(CaseNumberScheme scheme) {
    Jurisdiction jurisdiction = Jurisdiction.of(scheme.jurisdictionId());
    assertTrue(scheme.appliesTo(jurisdiction));
    assertEquals(scheme, CaseNumber.parse(scheme.example(), CaseNumberContext.of(jurisdiction, 2024)).scheme());
    assertFalse(scheme.shapes().isEmpty());
  }

  @Test
  void usedIn_listsTheSchemesOfAJurisdictionAndItsSubdivisions() {
    assertEquals(List.of(CaseNumberScheme.DK_YEAR_SEQUENCE, CaseNumberScheme.DK_MUNICIPALITY_YEAR_SEQUENCE,
        CaseNumberScheme.DK_KLE), CaseNumberScheme.usedIn(Jurisdiction.denmark()));
    Jurisdiction county = Jurisdiction.builder().from(Jurisdiction.norway()).id("NO-33").build();
    assertEquals(CaseNumberScheme.usedIn(Jurisdiction.norway()), CaseNumberScheme.usedIn(county));
    Jurisdiction norwayLookAlike = Jurisdiction.builder().from(Jurisdiction.norway()).id("NZ").build();
    assertEquals(List.of(), CaseNumberScheme.usedIn(norwayLookAlike));
  }

  @Test
  void identifiesCase_onlyForCaseLevelSchemes() {
    assertTrue(CaseNumberScheme.NO_CASE.identifiesCase());
    assertTrue(CaseNumberScheme.DK_KLE.identifiesCase());
    assertFalse(CaseNumberScheme.NO_MEETING_CASE.identifiesCase());
    assertFalse(CaseNumberScheme.NO_JOURNAL_ENTRY.identifiesCase());
    assertFalse(CaseNumberScheme.NO_CASE_DOCUMENT.identifiesCase());
  }

  /** Keeps the schemes table of the guide in step with the code. */
  @Test
  void everyScheme_isInTheGuideWithItsShapesAndExample() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "cases.md"), StandardCharsets.UTF_8);
    for (CaseNumberScheme scheme : CaseNumberScheme.values()) {
      String row = guide.lines().filter(line -> line.startsWith("| `" + scheme.name() + "` |")).findFirst()
          .orElseThrow(() -> new AssertionError("docs/cases.md has no row for " + scheme));
      assertTrue(row.contains("`" + scheme.example() + "`"), scheme + ": example " + scheme.example());
      for (String shape : scheme.shapes()) {
        assertTrue(row.contains("`" + shape + "`"), scheme + ": shape " + shape);
      }
      assertTrue(row.contains("| " + scheme.jurisdictionId() + " |"), scheme + ": jurisdiction");
    }
  }
}
