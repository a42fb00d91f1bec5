package org.folkestyre.toolkit.budgeting.pabulib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.folkestyre.core.testing.PropertyCheck;
import org.folkestyre.toolkit.budgeting.Amount;
import org.folkestyre.toolkit.budgeting.BallotType;
import org.folkestyre.toolkit.budgeting.BudgetingElection;
import org.folkestyre.toolkit.budgeting.PabulibFiles;
import org.folkestyre.toolkit.budgeting.Project;
import org.folkestyre.toolkit.testing.BudgetingGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPabulibRoundTrip {
  private static BudgetingElection roundTrip(BudgetingElection election) {
    return PabulibReader.read(new StringReader(PabulibWriter.toText(election)), "round-trip.pb");
  }

  @Test
  void generatedElectionsSurviveWritingAndReading() {
    PropertyCheck.forAll("write then read gives an equal election", 7L, 300, 12,
        BudgetingGenerators.elections(), e -> assertEquals(e, roundTrip(e)));
  }

  @Test
  void realInstancesSurviveWritingAndReading() {
    for (String file : new String[] {PabulibFiles.DIEPPE, PabulibFiles.TOULOUSE, "Poland_Warszawa_2018_Praga-Poludnie.pb"}) {
      BudgetingElection e = PabulibFiles.read(file);
      assertEquals(e, roundTrip(e), file);
    }
  }

  @Test
  void writesAFile(@TempDir Path dir) throws Exception {
    BudgetingElection e = PabulibFiles.read(PabulibFiles.DIEPPE);
    Path file = dir.resolve("dieppe.pb");
    PabulibWriter.write(e, file);
    assertEquals(e, PabulibReader.read(file));
    assertEquals("META", Files.readAllLines(file).get(0));
  }

  @Test
  void refusesWhatItCannotWriteFaithfully() {
    BudgetingElection none = BudgetingElection.builder().budget(Amount.of(1)).ballotType(BallotType.APPROVAL)
        .addProject(Project.builder().id("1").cost(Amount.of(1)).name("None").build()).build();
    assertThrows(IllegalArgumentException.class, () -> PabulibWriter.toText(none));
    BudgetingElection column = BudgetingElection.builder().budget(Amount.of(1)).ballotType(BallotType.APPROVAL)
        .addProject(Project.builder().id("1").cost(Amount.of(1)).putAttribute("cost", "2").build()).build();
    assertThrows(IllegalArgumentException.class, () -> PabulibWriter.toText(column));
  }
}
