package org.folkestyre.examples.vendor;

import static org.folkestyre.toolkit.method.ParticipationMethod.texts;

import org.folkestyre.toolkit.method.Arena;
import org.folkestyre.toolkit.method.CostClass;
import org.folkestyre.toolkit.method.DecisionPower;
import org.folkestyre.toolkit.method.GroupSize;
import org.folkestyre.toolkit.method.Iap2Level;
import org.folkestyre.toolkit.method.MethodDuration;
import org.folkestyre.toolkit.method.MethodStatus;
import org.folkestyre.toolkit.method.Mode;
import org.folkestyre.toolkit.method.ParticipationMethod;
import org.folkestyre.toolkit.method.Provenance;
import org.folkestyre.toolkit.method.Purpose;
import org.folkestyre.toolkit.method.Recurrence;
import org.folkestyre.toolkit.method.TargetGroup;

/** The two methods of {@link EksempelMethods}, described from the research on walk-alongs and gjestebud. */
final class EksempelMethodData {
  private EksempelMethodData() {}

  static ParticipationMethod walkshop() {
    // tag::vendor-method[]
    return ParticipationMethod.builder()
        .id("vendor.eksempel:walkshop")
        .names(texts("Gåtur (walkshop)", "Byvandring (walk & talk)", "Walkshop (walking tour)"))
        .summary(texts(
            "Deltakere, planleggere og gjerne politikere går gjennom området sammen og drøfter det de ser;"
                + " notatene knyttes til steder.",
            "Deltagere, planlæggere og gerne politikere går gennem området sammen og drøfter det, de ser;"
                + " noterne knyttes til steder.",
            "Participants, planners and often politicians walk through the area together and discuss what"
                + " they see; the notes are tied to places."))
        .addPurposes(Purpose.INSIGHT, Purpose.MAKE)
        .iap2Level(Iap2Level.INVOLVE)
        .addArenas(Arena.SYSTEM_POLITICAL)
        .decisionPower(DecisionPower.ADVISORY)
        .mode(Mode.IN_PERSON)
        .groupSize(GroupSize.between(5, 30))
        .addTargetGroups(TargetGroup.AFFECTED_RESIDENTS, TargetGroup.ELECTED)
        .costClass(CostClass.LOW)
        .duration(MethodDuration.of(Recurrence.ONE_OFF, "1–3 hours"))
        .accessibilityNotes("Plan a step-free route with places to rest, offer a seated or virtual alternative,"
            + " and put a note-taker in each group.")
        .addSources("KMD: Medvirkning i planlegging (gåtur)", "byplanlab.dk: byvandring")
        .provenance(Provenance.VENDOR)
        .status(MethodStatus.DRAFT)
        .build();
    // end::vendor-method[]
  }

  static ParticipationMethod kitchenTableTalk() {
    return ParticipationMethod.builder()
        .id("vendor.eksempel:kitchen-table-talk")
        .names(texts("Gjestebud", "Gæstebud (hjemmemøde)", "Host-led kitchen-table conversation"))
        .summary(texts(
            "Innbyggere inviterer en liten gruppe fra eget nettverk hjem, på kafé eller ut for å drøfte"
                + " kommunens spørsmål, og leverer et referat. Kommunen er ikke til stede.",
            "Borgere inviterer en lille gruppe fra deres eget netværk hjem, på café eller udenfor for at drøfte"
                + " kommunens spørgsmål og afleverer et referat. Kommunen deltager ikke.",
            "Residents invite a small group from their own network to their home, a café or outdoors to"
                + " discuss the municipality's questions, and hand in a summary. The municipality does not"
                + " attend."))
        .addPurposes(Purpose.INSIGHT)
        .iap2Level(Iap2Level.CONSULT)
        .addArenas(Arena.SYSTEM_POLITICAL)
        .decisionPower(DecisionPower.ADVISORY)
        .mode(Mode.IN_PERSON)
        .groupSize(GroupSize.between(3, 8))
        .addTargetGroups(TargetGroup.GENERAL_PUBLIC, TargetGroup.LANGUAGE_MINORITIES)
        .costClass(CostClass.LOW)
        .duration(MethodDuration.of(Recurrence.ONE_OFF, "about 2 hours"))
        .accessibilityNotes("Hosts meet their guests where they already feel at home; give hosts the questions"
            + " in easy language and in the languages their guests speak.")
        .addSources("DOGA: Gjestebud")
        .provenance(Provenance.VENDOR)
        .status(MethodStatus.DRAFT)
        .build();
  }
}
