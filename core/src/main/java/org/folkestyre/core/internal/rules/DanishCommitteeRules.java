package org.folkestyre.core.internal.rules;

import static org.folkestyre.core.LocalizedText.of;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.folkestyre.core.committee.CommitteeKind;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.MunicipalBodies;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Rule;

/** The committee rules of the Danish lov om kommunernes styrelse. */
public final class DanishCommitteeRules {
  private DanishCommitteeRules() {}

  public static final Rule<MunicipalBodies> FINANCE_CHAIR =
      Rule.builder("DK-KSL-18-ECONOMY-CHAIR", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.styrelsesloven("§ 18", "stk. 1"))
      .title(of("Borgermesteren leder økonomiudvalget", "Borgarmeisteren leier økonomiudvalet",
          "Borgmesteren er formand for økonomiudvalget", "The mayor chairs the finance committee"))
      .explanation(of("Borgermesteren (ordføreren) er formann for økonomiudvalget.",
          "Borgarmeisteren (ordføraren) er formann for økonomiudvalet.",
          "Borgmesteren er formand for økonomiudvalget.",
          "The mayor chairs the finance committee."))
      .message(of("{committee} ledes av {chair}, ikke av borgermesteren {mayor}.",
          "{committee} blir leia av {chair}, ikkje av borgarmeisteren {mayor}.",
          "{committee} ledes af {chair}, ikke af borgmesteren {mayor}.",
          "{committee} is chaired by {chair}, not by the mayor {mayor}."))
      .check((bodies, context, findings) -> Bodies.forEach(bodies, CommitteeKinds.DK_FINANCE, (path, c) -> {
        String chair = c.chair().map(m -> m.person().name()).orElse("-");
        String chairId = c.chair().map(m -> m.person().id()).orElse("");
        String mayor = bodies.mayor().map(p -> p.name()).orElse("-");
        if (bodies.mayor().isEmpty() || !bodies.mayor().get().id().equals(chairId)) {
          findings.report(path, ImmutableMap.of("committee", c.name(), "chair", chair, "mayor", mayor));
        }
      }));

  public static final Rule<MunicipalBodies> FINANCE_COUNCIL_MEMBERS =
      Rule.builder("DK-KSL-18-ECONOMY-MEMBERS", MunicipalBodies.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.styrelsesloven("§ 18", "stk. 1"))
      .title(of("Økonomiudvalget består av kommunalbestyrelsens medlemmer",
          "Økonomiudvalet er sett saman av medlemmer av kommunalbestyrelsen",
          "Økonomiudvalget består af kommunalbestyrelsens medlemmer",
          "The finance committee consists of council members"))
      .explanation(of("Medlemmene av økonomiudvalget er medlemmer av kommunalbestyrelsen.",
          "Medlemmene av økonomiudvalet er medlemmer av kommunalbestyrelsen.",
          "Økonomiudvalgets medlemmer er medlemmer af kommunalbestyrelsen.",
          "The members of the finance committee are members of the council."))
      .message(of("{person} sitter i {committee}, men ikke i kommunalbestyrelsen.",
          "{person} sit i {committee}, men ikkje i kommunalbestyrelsen.",
          "{person} sidder i {committee}, men ikke i kommunalbestyrelsen.",
          "{person} sits on {committee} but not on the council."))
      .check((bodies, context, findings) -> Bodies.council(bodies, CommitteeKinds.DK_COUNCIL).ifPresent(council ->
          Bodies.forEach(bodies, CommitteeKinds.DK_FINANCE, (path, c) -> {
            for (Membership m : c.votingMembers()) {
              if (!council.hasVotingMember(m.person().id())) {
                findings.report(Bodies.memberPath(path, c, m),
                    ImmutableMap.of("person", m.person().name(), "committee", c.name()));
              }
            }
          })));

  public static final Rule<MunicipalBodies> COMMITTEE_SIZE = Rule.builder("DK-KSL-17-COMMITTEES", MunicipalBodies.class)
      .confidence(Confidence.SECONDARY)
      .citation(Sources.styrelsesloven("§ 17", ""))
      .title(of("Størrelsen på stående utvalg", "Storleiken på ståande utval", "Stående udvalgs størrelse",
          "Size of standing committees"))
      .explanation(of("Økonomiudvalget og de stående utvalgene har et ulike antall medlemmer, høyst halvparten av"
              + " kommunalbestyrelsens.",
          "Økonomiudvalet og dei ståande utvala har eit odde tal på medlemmer, høgst halvparten av"
              + " kommunalbestyrelsen sitt.",
          "Økonomiudvalget og de stående udvalg har et ulige antal medlemmer, højst halvdelen af"
              + " kommunalbestyrelsens.",
          "The finance committee and the standing committees have an odd number of members, at most half the"
              + " council's."))
      .message(of("{committee} har {size} medlemmer; tallet skal være ulike og høyst {maximum}.",
          "{committee} har {size} medlemmer; talet skal vere odde og høgst {maximum}.",
          "{committee} har {size} medlemmer; tallet skal være ulige og højst {maximum}.",
          "{committee} has {size} members; the number must be odd and at most {maximum}."))
      .check((bodies, context, findings) -> {
        int maximum = bodies.municipality().councilSize() / 2;
        for (CommitteeKind kind : ImmutableList.of(CommitteeKinds.DK_FINANCE, CommitteeKinds.DK_STANDING)) {
          Bodies.forEach(bodies, kind, (path, c) -> {
            if (c.size() % 2 == 0 || c.size() > maximum) {
              findings.report(path, ImmutableMap.of("committee", c.name(), "size", c.size(), "maximum", maximum));
            }
          });
        }
      });
}
