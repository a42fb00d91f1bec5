package org.folkestyre.examples;

import java.time.LocalDate;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.ValidationContext;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Validator;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.core.jurisdiction.HolidayCalendar;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.municipality.CodePeriod;
import org.folkestyre.core.municipality.District;
import org.folkestyre.core.municipality.Hub;
import org.folkestyre.core.municipality.HubKind;
import org.folkestyre.core.municipality.Municipality;
import org.folkestyre.core.municipality.MunicipalityCode;
import org.folkestyre.core.municipality.Population;

/**
 * The README's quick start: build a municipality, validate it, print the violations in bokmål,
 * and count working days.
 *
 * <p>The region between the {@code tag::quickstart[]} and {@code end::quickstart[]} comments is
 * the README's first Java block, word for word; a test keeps the two equal and another runs this
 * class and checks what it prints.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start, printing to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    // tag::quickstart[]
    Jurisdiction norway = Jurisdiction.norway();
    MunicipalityCode code = MunicipalityCode.of(norway, "3005");
    Municipality drammen = Municipality.builder()
        .name("Drammen")
        .jurisdiction(norway)
        .addCodePeriod(CodePeriod.from(code, LocalDate.of(2020, 1, 1)))
        .population(Population.of(101_469, LocalDate.of(2020, 3, 31)))
        .councilSize(41) // kommuneloven § 5-5 asks for at least 43 above 100,000 inhabitants
        .addDistrict(District.builder()
            .name("Konnerud og Skoger vest")
            .municipality(code)
            .population(Population.of(10_970, LocalDate.of(2017, 1, 1)))
            .hub(Hub.of("Knutepunkt Konnerud", HubKind.COMMUNITY_HOUSE))
            .build())
        .build();

    Validator validator = Validator.forJurisdiction(norway); // kommuneloven's rules
    ValidationReport report = validator.validate(drammen, ValidationContext.asOf(LocalDate.of(2020, 6, 1)));
    for (Violation violation : report.violations()) {
      System.out.println(violation.ruleId() + ": " + violation.message(Language.NB));
    }

    HolidayCalendar calendar = norway.holidayCalendar();
    LocalDate opened = LocalDate.of(2024, 5, 15);
    System.out.println("17. mai er helligdag: " + calendar.isHoliday(LocalDate.of(2024, 5, 17)));
    System.out.println("5 virkedager etter " + opened + ": " + calendar.plusWorkingDays(opened, 5));
    // end::quickstart[]
  }
}
