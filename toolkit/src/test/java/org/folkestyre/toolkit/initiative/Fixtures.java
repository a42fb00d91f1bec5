package org.folkestyre.toolkit.initiative;

import java.time.LocalDate;
import org.folkestyre.core.governance.Citation;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.Population;
import org.folkestyre.core.testing.ReferenceData;

/** Real places and schemes for the initiative tests. */
final class Fixtures {
  static final LocalDate OPENED = LocalDate.of(2024, 3, 1);
  static final MunicipalityCode DRAMMEN_CODE = MunicipalityCode.of(Jurisdiction.norway(), "3301");
  static final MunicipalityCode OSLO_CODE = MunicipalityCode.of(Jurisdiction.norway(), "0301");
  static final MunicipalityCode KOBENHAVN_CODE = MunicipalityCode.of(Jurisdiction.denmark(), "101");
  static final MunicipalityCode HOLBAEK_CODE = MunicipalityCode.of(Jurisdiction.denmark(), "316");

  private Fixtures() {}

  /** Drammen (101,469 inhabitants in 2020), with the code it has had since 2024. */
  static InitiativeArea drammen() {
    return InitiativeArea.of(ReferenceData.drammen2020(), OPENED);
  }

  /** Copenhagen's scheme: 5,000 supporters within 180 days (press reports of the scheme's launch). */
  static InitiativeScheme kobenhavnerforslag() {
    return InitiativeScheme.danishMunicipal("Københavnerforslag",
        Citation.localPolicy("Københavns Kommune, Borgerrepræsentationen", "ordning for Københavnerforslag"),
        Threshold.signatures(5_000), 180);
  }

  static InitiativeArea kobenhavn() {
    // The scheme's threshold is a fixed number, so the population does not matter here.
    return InitiativeArea.municipality(KOBENHAVN_CODE, "København", Population.of(0, LocalDate.of(2024, 1, 1)));
  }

  static CitizenInitiative.Builder drammenInitiative() {
    return CitizenInitiative.builder().id("2024-1").title("Bevar Svelvik skole")
        .content("Kommunestyret bes bevare Svelvik skole som egen barneskole.").proposer("proposer-1")
        .area(drammen()).scheme(InitiativeScheme.norwegianMunicipality()).opened(OPENED);
  }

  static Signature resident(String person, LocalDate date) {
    return Signature.of(person, DRAMMEN_CODE, date, SignatureChannel.ELECTRONIC);
  }
}
