package org.folkestyre.examples.cli;

import java.io.PrintStream;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.examples.VotePromotionPool;
import org.folkestyre.toolkit.grant.GrantAllocator;
import org.folkestyre.toolkit.grant.PoolReport;

/**
 * The tour's step on grant pools: Holbæk's pool for vote promotion, run for the next election after
 * the meeting whose minutes the tour prints, with its report.
 */
final class TourGrantPool {
  static final LocalizedText HEADING = LocalizedText.of(
      "Pulje: Holbæks pulje til valgfremme, kjørt for det neste valget etter møtet over – folketingsvalget"
          + " 18. juni 2015. Drammen har ingen slik pulje; ordningen er Holbæks: 75 000 danske kroner per valg,"
          + " som Demokratieksperimentariet anbefalte (punkt 120). Søknadene er oppdiktede eksempler.",
      "Pulje: Holbæk sin pulje til valfremjing, køyrd for det neste valet etter møtet over – folketingsvalet"
          + " 18. juni 2015. Drammen har inga slik pulje; ordninga er Holbæk sin: 75 000 danske kroner per val,"
          + " slik Demokratieksperimentariet tilrådde (punkt 120). Søknadene er oppdikta døme.",
      "Pulje: Holbæks pulje til valgfremme, kørt for det næste valg efter mødet ovenfor – folketingsvalget"
          + " 18. juni 2015. Drammen har ingen sådan pulje; ordningen er Holbæks: 75.000 kr. pr. valg, som"
          + " Demokratieksperimentariet anbefalede (punkt 120). Ansøgningerne er opdigtede eksempler.",
      "Grant pool: Holbæk's pool for vote promotion, run for the next election after the meeting above, the"
          + " Danish general election of 18 June 2015. Drammen has no such pool; the scheme is Holbæk's: DKK"
          + " 75,000 per election, as the Democracy Experimentarium recommended (item 120). The applications are"
          + " invented examples.");

  private TourGrantPool() {}

  /**
   * Prints the step.
   *
   * @param out where to print
   * @param language the language
   */
  static void print(PrintStream out, Language language) {
    PoolReport report = GrantAllocator.allocate(VotePromotionPool.round()).report();
    out.println(HEADING.get(language));
    out.println();
    out.print(report.toText(language));
  }
}
