package org.folkestyre.examples;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.folkestyre.core.Language;
import org.folkestyre.core.governance.ValidationReport;
import org.folkestyre.core.governance.Violation;
import org.folkestyre.toolkit.method.MethodCatalogue;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.MethodFiles;
import org.folkestyre.toolkit.method.MethodValidation;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Recurrence;
import org.folkestyre.toolkit.method.Span;

/** The examples of the guide to participation methods ({@code docs/methods.md}), run by the tests. */
public final class MethodExamples {
  private MethodExamples() {}

  /**
   * Shortens a citizens' jury to one evening and asks the method rules what is wrong with it.
   *
   * @return the report
   */
  public static ValidationReport validation() {
    // tag::method-validation[]
    ParticipationMethod jury = MethodCatalogue.builtIn().of("citizens-jury");
    ParticipationMethod evening = ParticipationMethod.builder().from(jury)
        .duration(MethodDuration.builder().recurrence(Recurrence.ONE_OFF).description("one evening")
            .contactMinutes(Span.of(120, 180)).build())
        .build();
    ValidationReport report = MethodValidation.validate(evening);
    for (Violation violation : report.violations()) {
      System.out.println(violation.ruleId() + ": " + violation.message(Language.EN));
    }
    // METHOD-DELIBERATION-FULL-DAY: The method citizens-jury gives each participant 120–180 minutes; a full day is 360.
    // end::method-validation[]
    return report;
  }

  /**
   * Reads a vendor's method file and writes it back.
   *
   * @return the methods read
   * @throws IOException if reading fails
   */
  public static List<ParticipationMethod> file() throws IOException {
    String json = """
        {
          "schemaVersion": "1.0.0",
          "methods": [
            {
              "id": "vendor.example:street-chat",
              "names": {"nb": "Gatesamtale", "da": "Gadesamtale", "en": "Street conversation"},
              "summary": {"nb": "Ansatte snakker med folk på gata.", "da": "Medarbejdere taler med folk på gaden.",
                "en": "Staff talk with people in the street."},
              "purposes": ["INSIGHT"],
              "iap2Level": "CONSULT",
              "arenas": ["SYSTEM_POLITICAL"],
              "decisionPower": "ADVISORY",
              "groupSize": {"min": 20, "max": 200},
              "targetGroups": ["GENERAL_PUBLIC", "YOUTH"],
              "mode": "IN_PERSON",
              "duration": {"recurrence": "ONE_OFF", "description": "5 minutes per person"},
              "costClass": "LOW",
              "provenance": "VENDOR",
              "status": "DRAFT"
            }
          ]
        }
        """;
    // tag::method-file[]
    List<ParticipationMethod> methods = MethodFiles.read(new StringReader(json));
    ParticipationMethod chat = methods.get(0);
    System.out.println(chat.id() + " " + chat.provenance() + " " + chat.status()); // vendor.example:street-chat VENDOR DRAFT
    System.out.println(MethodValidation.validate(chat).isValid()); // false: openness, scopes, accessibility… missing
    String written = MethodFiles.toJson(methods); // {"schemaVersion" : "1.0.0", "methods" : [...]}
    // end::method-file[]
    if (!MethodFiles.fromJson(written).equals(methods)) {
      throw new AssertionError("round trip");
    }
    return methods;
  }
}
