package org.folkestyre.toolkit.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.folkestyre.core.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The funding alternatives of Holbæk's pool for vote promotion, with the figures of the minutes. */
class TestFundingScheme {
  private static final long KR = 100;
  // Danish elections around the meeting of 24 March 2015.
  private static final Election EP2014 = Election.of(ElectionKind.EUROPEAN_PARLIAMENT, LocalDate.of(2014, 5, 25));
  private static final Election FV2015 = Election.of(ElectionKind.NATIONAL, LocalDate.of(2015, 6, 18));
  private static final Election REFERENDUM2015 = Election.of(ElectionKind.REFERENDUM, LocalDate.of(2015, 12, 3));
  private static final Election KV2017 = Election.of(ElectionKind.MUNICIPAL, LocalDate.of(2017, 11, 21));
  private static final Election REFERENDUM2017 = Election.of(ElectionKind.REFERENDUM, LocalDate.of(2017, 5, 1));

  @ParameterizedTest(name = "{0}: {1} kr. in a municipal-election year, {2} kr. in another election year")
  @CsvSource({"proposal, 100000, 50000, 0", "alternative, 70000, 20000, 30000"})
  void theFinanceCommitteesAlternativesArePerElectionYear(String name, long municipal, long other, long earmark) {
    FundingScheme scheme = name.equals("proposal") ? HolbaekVotePromotion.proposal()
        : HolbaekVotePromotion.alternative();
    assertEquals(FundingBasis.PER_ELECTION_YEAR, scheme.basis());
    assertEquals(municipal * KR, scheme.budgetFor(List.of(KV2017)));
    assertEquals(other * KR, scheme.budgetFor(List.of(FV2015)));
    assertEquals(other * KR, scheme.budgetFor(List.of(EP2014)));
    assertEquals(other * KR, scheme.budgetFor(List.of(REFERENDUM2015)));
    // 2015 had a general election and a referendum: one year, one amount.
    assertEquals(other * KR, scheme.budgetFor(List.of(FV2015, REFERENDUM2015)));
    // A municipal-election year stays one, whatever else is held that year.
    assertEquals(municipal * KR, scheme.budgetFor(List.of(REFERENDUM2017, KV2017)));
    assertEquals(earmark * KR, scheme.earmarkedFor(List.of(FV2015, REFERENDUM2015)));
    assertEquals(earmark * KR, scheme.earmarkedFor(List.of(KV2017)));
  }

  @Test
  void theRecommendationIs75000ForEveryElection() {
    FundingScheme scheme = HolbaekVotePromotion.recommendation();
    assertEquals(FundingBasis.PER_ELECTION, scheme.basis());
    for (Election election : List.of(EP2014, FV2015, REFERENDUM2015, KV2017)) {
      assertEquals(75_000 * KR, scheme.budgetFor(List.of(election)), election::toString);
    }
    // Per election: the general election and the referendum of 2015 each bring 75,000.
    assertEquals(150_000 * KR, scheme.budgetFor(List.of(FV2015, REFERENDUM2015)));
    assertEquals(0, scheme.earmarkedFor(List.of(FV2015)));
  }

  @Test
  void theAlternativeSetsAside30000ForPostalVotingAtPlacesOfEducation() {
    GrantPool pool = HolbaekVotePromotion.pool("kv2017", HolbaekVotePromotion.alternative(), List.of(KV2017));
    assertEquals(70_000 * KR, pool.budget());
    assertEquals(1, pool.earmarks().size());
    assertEquals(30_000 * KR, pool.earmarks().get(0).amount());
    assertTrue(pool.earmarks().get(0).purpose().contains("brevstemmevalg"));
  }

  @Test
  void aPerElectionSchemeCountsEarmarksPerElection() {
    FundingScheme scheme = FundingScheme.builder().basis(FundingBasis.PER_ELECTION)
        .putAmount(ElectionKind.NATIONAL, 20_000 * KR).putAmount(ElectionKind.REFERENDUM, 20_000 * KR)
        .addEarmark(Earmark.of("brevstemmevalg", 30_000 * KR)).build();
    assertEquals(60_000 * KR, scheme.earmarkedFor(List.of(FV2015, REFERENDUM2015)));
    // A kind the scheme does not fund brings neither pool nor earmark.
    assertEquals(0, scheme.budgetFor(List.of(KV2017)));
    assertEquals(0, scheme.earmarkedFor(List.of(KV2017)));
  }

  @Test
  void aPerYearSchemeTakesTheElectionsOfOneYear() {
    InvalidValueException error = assertThrows(InvalidValueException.class,
        () -> HolbaekVotePromotion.proposal().budgetFor(List.of(FV2015, KV2017)));
    assertEquals("elections", error.field());
    assertThrows(InvalidValueException.class, () -> HolbaekVotePromotion.proposal().budgetFor(List.of()));
  }

  @Test
  void aPoolNeedsASchemeThatFundsItsElection() {
    FundingScheme municipalOnly = FundingScheme.perElection(75_000 * KR, List.of(ElectionKind.MUNICIPAL));
    InvalidValueException error = assertThrows(InvalidValueException.class,
        () -> HolbaekVotePromotion.pool("fv2015", municipalOnly, List.of(FV2015)));
    assertTrue(error.getMessage().contains("funds none"), error.getMessage());
  }

  @Test
  void amountsArePositive() {
    assertThrows(InvalidValueException.class,
        () -> FundingScheme.builder().basis(FundingBasis.PER_ELECTION).putAmount(ElectionKind.NATIONAL, 0L).build());
    assertThrows(InvalidValueException.class,
        () -> FundingScheme.builder().basis(FundingBasis.PER_ELECTION).build());
    assertThrows(InvalidValueException.class, () -> Earmark.of("brevstemmevalg", -1));
  }
}
