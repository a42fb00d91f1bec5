package org.folkestyre.toolkit.budgeting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.toolkit.identity.AssuranceLevel;
import org.folkestyre.toolkit.identity.IdentityScheme;
import org.folkestyre.toolkit.identity.VerifiedIdentity;

/**
 * A participatory budget in Drammen for the tests: NOK 50,000 per district, the figure the merger
 * committee set for each district's participation activities in 2020, for three districts.
 */
final class Fixtures {
  static final MunicipalityCode DRAMMEN = MunicipalityCode.of(Jurisdiction.norway(), "3005");
  static final MunicipalityCode HOLBAEK = MunicipalityCode.of(Jurisdiction.denmark(), "316");
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  static final VotingWindow WINDOW = VotingWindow.of(ZonedDateTime.of(2026, 5, 4, 9, 0, 0, 0, OSLO),
      ZonedDateTime.of(2026, 5, 18, 12, 0, 0, 0, OSLO));
  static final LocalDate DAY = LocalDate.of(2026, 5, 10);

  private Fixtures() {}

  static Project project(String id, long cost, String district) {
    Project.Builder p = Project.builder().id(id).cost(Amount.of(cost)).name("Prosjekt " + id);
    if (!district.isEmpty()) {
      p.district(district);
    }
    return p.build();
  }

  static BudgetingElection.Builder drammen(BallotType type) {
    return BudgetingElection.builder().budget(Amount.of(150_000)).ballotType(type).addProjects(
        project("K1", 20_000, "Konnerud"),
        project("K2", 30_000, "Konnerud"),
        project("S1", 45_000, "Strømsø"),
        project("B1", 12_500, "Bragernes"),
        project("F1", 50_000, "Fjell"),
        project("ALL", 8_000, ""));
  }

  static VerifiedIdentity.Builder person(String key) {
    return VerifiedIdentity.builder().personKey(key).scheme(IdentityScheme.ID_PORTEN)
        .assuranceLevel(AssuranceLevel.SUBSTANTIAL).municipality(DRAMMEN).district("Konnerud")
        .birthDate(LocalDate.of(1990, 4, 12));
  }

  static List<RejectionCode> codes(List<BallotRejection> rejections) {
    return rejections.stream().map(BallotRejection::code).toList();
  }
}
