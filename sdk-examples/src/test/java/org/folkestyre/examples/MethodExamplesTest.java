package org.folkestyre.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.MethodValidation;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.junit.jupiter.api.Test;

/** The examples of the guide to participation methods do what the guide says. */
class MethodExamplesTest {

  @Test
  void anEveningJuryIsShorterThanTheFullDayOfDeliberation() {
    ValidationReport report = MethodExamples.validation();
    assertEquals(1, report.violations().size());
    assertEquals(MethodValidation.DELIBERATION_FULL_DAY, report.violations().get(0).ruleId());
    assertEquals("The method citizens-jury gives each participant 120–180 minutes; a full day is 360.",
        report.violations().get(0).message(Language.EN));
  }

  @Test
  void aVendorFileIsReadAsADraft() throws Exception {
    List<ParticipationMethod> methods = MethodExamples.file();
    assertEquals("vendor.example:street-chat", methods.get(0).id());
    assertEquals(MethodStatus.DRAFT, methods.get(0).status());
    assertFalse(MethodValidation.validate(methods.get(0)).isValid());
  }
}
