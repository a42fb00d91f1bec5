package org.folkestyre.core.internal.rules;

import static org.folkestyre.core.LocalizedText.of;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.governance.Confidence;
import org.folkestyre.core.governance.Findings;
import org.folkestyre.core.governance.Rule;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Ballot;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.DemandKind;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.MemberDemand;
import org.folkestyre.core.meeting.Recusal;
import org.folkestyre.core.meeting.Vote;
import org.folkestyre.core.meeting.VoteCount;
import org.folkestyre.core.meeting.VoteKind;
import org.folkestyre.core.meeting.VoteOption;
import org.folkestyre.core.meeting.VoteResult;

/**
 * The procedure rules for meetings: kommuneloven chapters 8 and 11 with forvaltningsloven § 6 in
 * Norway, styrelsesloven §§ 10 and 11 with forvaltningsloven § 3 in Denmark. Each rule checks only
 * records of its own jurisdiction.
 */
public final class MeetingRules {
  private MeetingRules() {}

  /** Visits an agenda item with its violation path. */
  private interface ItemVisitor {
    void visit(String path, AgendaItem item);
  }

  /** Visits a vote with its violation path and its item. */
  private interface VoteVisitor {
    void visit(String path, AgendaItem item, Vote vote);
  }

  private static void forEachItem(MeetingRecord record, ItemVisitor visitor) {
    List<AgendaItem> items = record.meeting().agendaItems();
    for (int i = 0; i < items.size(); i++) {
      visitor.visit("meeting.agendaItems[" + i + "]", items.get(i));
    }
  }

  private static void forEachVote(MeetingRecord record, VoteVisitor visitor) {
    forEachItem(record, (path, item) -> {
      for (int j = 0; j < item.votes().size(); j++) {
        visitor.visit(path + ".votes[" + j + "]", item, item.votes().get(j));
      }
    });
  }

  private static boolean isNorwegian(MeetingRecord record) {
    return record.jurisdictionId().equals(Jurisdiction.NORWAY_ID);
  }

  private static boolean isDanish(MeetingRecord record) {
    return record.jurisdictionId().equals(Jurisdiction.DENMARK_ID);
  }

  private static ImmutableMap<String, Object> countValues(AgendaItem item, Vote vote) {
    VoteCount counts = vote.counts();
    return ImmutableMap.<String, Object>builder().put("item", item.number()).put("motion", vote.motion())
        .put("inFavour", counts.inFavour()).put("against", counts.against()).put("blank", counts.blank())
        .put("result", vote.result().map(VoteResult::toString).orElse("-")).build();
  }

  /** Half of the members, rounded up: the fewest who make a quorum. */
  private static int half(int members) {
    return (members + 1) / 2;
  }

  public static final Rule<MeetingRecord> NO_QUORUM = Rule.builder("NO-KL-11-9-QUORUM", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 11-9", "første ledd"))
      .title(of("Vedtaksførhet", "Vedtaksføre", "Beslutningsdygtighed", "Quorum"))
      .explanation(of("Et folkevalgt organ kan bare treffe vedtak når minst halvparten av medlemmene har vært til stede"
              + " under behandlingen og stemt i saken. Inhabile medlemmer telles ikke med.",
          "Eit folkevald organ kan berre gjere vedtak når minst halvparten av medlemmene har vore til stades under"
              + " handsaminga og røysta i saka. Ugilde medlemmer blir ikkje rekna med.",
          "Et folkevalgt organ kan kun træffe beslutning, når mindst halvdelen af medlemmerne har været til stede under"
              + " behandlingen og har stemt i sagen. Inhabile medlemmer tælles ikke med.",
          "An elected body can decide only when at least half of its members were present during the deliberation"
              + " and voted in the matter. Disqualified members are not counted."))
      .message(of("Sak {item}: {voters} av {members} medlemmer stemte; minst {required} må være til stede og stemme.",
          "Sak {item}: {voters} av {members} medlemmer røysta; minst {required} må vere til stades og røyste.",
          "Sag {item}: {voters} af {members} medlemmer stemte; mindst {required} skal være til stede og stemme.",
          "Item {item}: {voters} of {members} members voted; at least {required} must be present and vote."))
      .check((record, context, findings) -> {
        if (!isNorwegian(record)) {
          return;
        }
        int members = record.committee().size();
        forEachVote(record, (path, item, vote) -> {
          int voters = vote.hasBallots()
              ? (int) vote.ballots().stream().filter(b -> !item.isRecused(b.person().id())).count()
              : vote.counts().total();
          if (voters < half(members)) {
            findings.report(path, ImmutableMap.of("item", item.number(), "voters", voters, "members", members,
                "required", half(members)));
          }
        });
      });

  public static final Rule<MeetingRecord> NO_MAJORITY = Rule.builder("NO-KL-11-9-MAJORITY", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 11-9", "andre ledd"))
      .title(of("Flertall av avgitte stemmer", "Fleirtal av avgjevne røyster", "Flertal af afgivne stemmer",
          "Majority of votes cast"))
      .explanation(of("Vedtak treffes med flertall av de avgitte stemmene. Ved stemmelikhet er møteleders stemme"
              + " avgjørende, unntatt ved valg, som avgjøres ved loddtrekning. Blanke stemmer er ikke avgitte stemmer.",
          "Vedtak blir gjorde med fleirtal av dei avgjevne røystene. Ved likt røystetal er røysta til møteleiaren"
              + " avgjerande, unntatt ved val, som blir avgjorde ved loddtrekning. Blanke røyster er ikkje avgjevne"
              + " røyster.",
          "Beslutninger træffes med flertal af de afgivne stemmer. Ved stemmelighed er mødelederens stemme afgørende,"
              + " undtagen ved valg, hvor der trækkes lod. Blanke stemmer er ikke afgivne stemmer.",
          "Decisions are taken by a majority of the votes cast. On a tie the chair's vote decides, except in"
              + " elections, which are decided by lot. Blank votes are not votes cast."))
      .message(of("Sak {item}: voteringen over «{motion}» endte {inFavour}–{against} ({blank} blanke), men er ført som"
              + " {result}.",
          "Sak {item}: røystinga over «{motion}» enda {inFavour}–{against} ({blank} blanke), men er ført som {result}.",
          "Sag {item}: afstemningen om »{motion}« endte {inFavour}–{against} ({blank} blanke), men er ført som"
              + " {result}.",
          "Item {item}: the vote on \u201c{motion}\u201d ended {inFavour}–{against} ({blank} blank) but is recorded as"
              + " {result}."))
      .check((record, context, findings) -> {
        if (!isNorwegian(record)) {
          return;
        }
        forEachVote(record, (path, item, vote) -> {
          if (vote.result().isEmpty()) {
            return;
          }
          VoteResult result = vote.result().get();
          VoteCount counts = vote.counts();
          boolean wrong;
          if (result.isAdopted()) {
            boolean casting = result.reason() == VoteResult.Reason.CASTING_VOTE
                && vote.chairsVote().equals(java.util.Optional.of(VoteOption.FOR));
            boolean lot = result.reason() == VoteResult.Reason.LOT && vote.kind() == VoteKind.ELECTION;
            wrong = !counts.hasMajority() && !(counts.isTie() && (casting || lot));
          } else {
            wrong = counts.hasMajority();
          }
          if (wrong) {
            findings.report(path, countValues(item, vote));
          }
        });
      });

  public static final Rule<MeetingRecord> NO_CASTING_VOTE = Rule.builder("NO-KL-11-9-CASTING-VOTE", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 11-9", "andre ledd"))
      .title(of("Ingen dobbeltstemme ved valg", "Inga dobbelrøyst ved val", "Ingen afgørende stemme ved valg",
          "No casting vote in elections"))
      .explanation(of("Møteleders stemme avgjør ved stemmelikhet, men ikke ved valg: da avgjøres det ved loddtrekning"
              + " (kommuneloven § 7-8).",
          "Røysta til møteleiaren avgjer ved likt røystetal, men ikkje ved val: då blir det avgjort ved loddtrekning"
              + " (kommunelova § 7-8).",
          "Mødelederens stemme er afgørende ved stemmelighed, men ikke ved valg: der trækkes lod (den norske"
              + " kommunelov § 7-8).",
          "The chair's vote breaks a tie, but not in an election, which is decided by lot (kommuneloven § 7-8)."))
      .message(of("Sak {item}: valget «{motion}» endte {inFavour}–{against} og ble avgjort med møteleders dobbeltstemme i"
              + " stedet for ved loddtrekning.",
          "Sak {item}: valet «{motion}» enda {inFavour}–{against} og vart avgjort med dobbelrøysta til møteleiaren i"
              + " staden for ved loddtrekning.",
          "Sag {item}: valget »{motion}« endte {inFavour}–{against} og blev afgjort med mødelederens stemme i stedet for"
              + " ved lodtrækning.",
          "Item {item}: the election \u201c{motion}\u201d ended {inFavour}–{against} and was decided by the chair's"
              + " casting vote instead of by lot."))
      .check((record, context, findings) -> {
        if (!isNorwegian(record)) {
          return;
        }
        forEachVote(record, (path, item, vote) -> {
          if (vote.kind() == VoteKind.ELECTION
              && vote.result().map(r -> r.reason() == VoteResult.Reason.CASTING_VOTE).orElse(false)) {
            findings.report(path, countValues(item, vote));
          }
        });
      });

  public static final Rule<MeetingRecord> NO_DUTY_TO_VOTE = Rule.builder("NO-KL-8-1-DUTY-TO-VOTE", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 8-1", "andre ledd"))
      .title(of("Stemmeplikt", "Røysteplikt", "Pligt til at stemme", "Duty to vote"))
      .explanation(of("Medlemmer som er til stede når en sak tas opp til avstemning, plikter å stemme. Blank stemme er"
              + " bare tillatt ved valg og ansettelser.",
          "Medlemmer som er til stades når ei sak blir teken opp til røysting, har plikt til å røyste. Blank røyst er"
              + " berre tillate ved val og tilsetjingar.",
          "Medlemmer, der er til stede, når en sag sættes under afstemning, har pligt til at stemme. Blank stemme er"
              + " kun tilladt ved valg og ansættelser.",
          "Members present when a matter is put to the vote must vote. Blank votes are allowed only in elections and"
              + " appointments."))
      .message(of("Sak {item}: {blank} blanke stemmer utenom valg og ansettelse, og {missing} møtende medlemmer som ikke"
              + " stemte ({persons}).",
          "Sak {item}: {blank} blanke røyster utanom val og tilsetjing, og {missing} møtande medlemmer som ikkje røysta"
              + " ({persons}).",
          "Sag {item}: {blank} blanke stemmer uden for valg og ansættelser og {missing} fremmødte medlemmer, der ikke"
              + " stemte ({persons}).",
          "Item {item}: {blank} blank votes outside an election or appointment, and {missing} members present who did"
              + " not vote ({persons})."))
      .check((record, context, findings) -> {
        if (!isNorwegian(record)) {
          return;
        }
        forEachVote(record, (path, item, vote) -> {
          int blank = vote.kind().allowsBlankInNorway() ? 0 : vote.counts().blank();
          List<String> persons = new ArrayList<>();
          if (!vote.kind().allowsBlankInNorway()) {
            vote.ballots().stream().filter(b -> b.option() == VoteOption.BLANK)
                .forEach(b -> persons.add(b.person().name()));
          }
          int missing = 0;
          if (vote.hasBallots()) {
            for (Person voter : record.votersPresent()) {
              if (!item.isRecused(voter.id()) && vote.ballotOf(voter.id()).isEmpty()) {
                missing++;
                persons.add(voter.name());
              }
            }
          }
          if (blank > 0 || missing > 0) {
            findings.report(path, ImmutableMap.of("item", item.number(), "blank", blank, "missing", missing,
                "persons", persons.isEmpty() ? "-" : String.join(", ", persons)));
          }
        });
      });

  public static final Rule<MeetingRecord> NO_CLOSED_GROUND = Rule.builder("NO-KL-11-5-CLOSED-GROUND", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 11-5", "andre og tredje ledd"))
      .title(of("Hjemmel for lukket møte", "Heimel for lukka møte", "Hjemmel for lukket møde",
          "Ground for a closed meeting"))
      .explanation(of("Et møte skal lukkes når det behandler en arbeidstakers tjenstlige forhold eller opplysninger"
              + " underlagt lovbestemt taushetsplikt, og kan lukkes av hensyn til personvernet eller tungtveiende"
              + " offentlige interesser. Lukking krever hjemmel i kommuneloven § 11-5.",
          "Eit møte skal lukkast når det handsamar tenestlege forhold for ein arbeidstakar eller opplysningar som er"
              + " underlagde lovfesta teieplikt, og kan lukkast av omsyn til personvernet eller tungtvegande offentlege"
              + " interesser. Lukking krev heimel i kommunelova § 11-5.",
          "Et møde skal lukkes, når det behandler en ansats tjenstlige forhold eller oplysninger med lovbestemt"
              + " tavshedspligt, og kan lukkes af hensyn til privatlivets fred eller tungtvejende offentlige"
              + " interesser. Lukning kræver hjemmel i den norske kommunelov § 11-5.",
          "A meeting must be closed for an employee's service matters or information under a statutory duty of"
              + " confidentiality, and may be closed for privacy or weighty public interests. Closing needs a ground"
              + " in kommuneloven § 11-5."))
      .message(of("Sak {item} ble behandlet for lukkede dører uten hjemmel i kommuneloven § 11-5 (oppgitt hjemmel:"
              + " {ground}).",
          "Sak {item} vart handsama for lukka dører utan heimel i kommunelova § 11-5 (oppgjeven heimel: {ground}).",
          "Sag {item} blev behandlet for lukkede døre uden hjemmel i den norske kommunelov § 11-5 (angivet hjemmel:"
              + " {ground}).",
          "Item {item} was handled behind closed doors without a ground in kommuneloven § 11-5 (ground given:"
              + " {ground})."))
      .check((record, context, findings) -> {
        if (!isNorwegian(record)) {
          return;
        }
        forEachItem(record, (path, item) -> item.closure().ifPresent(closure -> {
          boolean norwegian = closure.ground().map(g -> g.jurisdictionId().equals(Jurisdiction.NORWAY_ID))
              .orElse(false);
          if (!norwegian) {
            findings.report(path + ".closure", ImmutableMap.of("item", item.number(),
                "ground", closure.ground().map(ClosureGround::reference).orElse("-")));
          }
        }));
      });

  public static final Rule<MeetingRecord> NO_CLOSED_VOTE_OPEN =
      Rule.builder("NO-KL-11-5-CLOSED-VOTE-OPEN", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 11-5", "femte ledd"))
      .title(of("Avstemning om lukking i åpent møte", "Røysting om lukking i ope møte",
          "Afstemning om lukning i åbent møde", "Vote on closing in open meeting"))
      .explanation(of("Debatten om å lukke et møte kan holdes for lukkede dører, men avstemningen skal skje i åpent møte.",
          "Debatten om å lukke eit møte kan haldast for lukka dører, men røystinga skal skje i ope møte.",
          "Debatten om at lukke et møde kan foregå for lukkede døre, men afstemningen skal ske i åbent møde.",
          "The debate on closing a meeting may be held behind closed doors, but the vote must be held in open"
              + " meeting."))
      .message(of("Sak {item}: avstemningen om å lukke møtet ble ikke holdt i åpent møte.",
          "Sak {item}: røystinga om å lukke møtet vart ikkje halden i ope møte.",
          "Sag {item}: afstemningen om at lukke mødet blev ikke holdt i åbent møde.",
          "Item {item}: the vote on closing the meeting was not held in open meeting."))
      .check((record, context, findings) -> {
        if (!isNorwegian(record)) {
          return;
        }
        forEachItem(record, (path, item) -> item.closure().ifPresent(closure -> {
          if (!closure.voteHeldInOpenMeeting()) {
            findings.report(path + ".closure", ImmutableMap.of("item", item.number()));
          }
        }));
      });

  public static final Rule<MeetingRecord> NO_OFF_AGENDA = Rule.builder("NO-KL-11-3-OFF-AGENDA", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 11-3", "fjerde ledd"))
      .title(of("Saker som ikke står på sakslisten", "Saker som ikkje står på sakslista",
          "Sager, der ikke er på dagsordenen", "Items not on the agenda"))
      .explanation(of("Et organ kan treffe vedtak i en sak som ikke står på sakslisten, med mindre møtelederen eller minst"
              + " en tredjedel av de møtende medlemmene motsetter seg det.",
          "Eit organ kan gjere vedtak i ei sak som ikkje står på sakslista, med mindre møteleiaren eller minst ein"
              + " tredjedel av dei møtande medlemmene set seg imot det.",
          "Et organ kan træffe beslutning i en sag, der ikke er på dagsordenen, medmindre mødelederen eller mindst en"
              + " tredjedel af de fremmødte medlemmer modsætter sig det.",
          "A body may decide an item not on the agenda unless the chair or at least a third of the members present"
              + " object."))
      .message(of("Sak {item} sto ikke på sakslisten og ble avgjort selv om møtelederen eller minst en tredjedel av de"
              + " møtende motsatte seg det ({objecting} av {present} medlemmer).",
          "Sak {item} stod ikkje på sakslista og vart avgjord sjølv om møteleiaren eller minst ein tredjedel av dei"
              + " møtande sette seg imot det ({objecting} av {present} medlemmer).",
          "Sag {item} var ikke på dagsordenen og blev afgjort, selv om mødelederen eller mindst en tredjedel af de"
              + " fremmødte modsatte sig det ({objecting} af {present} medlemmer).",
          "Item {item} was not on the agenda and was decided although the chair or at least a third of the members"
              + " present objected ({objecting} of {present} members)."))
      .check((record, context, findings) -> {
        if (!isNorwegian(record)) {
          return;
        }
        int present = record.votersPresent().size();
        forEachItem(record, (path, item) -> {
          boolean objected = item.objectionByChair()
              || (item.objectingMembers() > 0 && item.objectingMembers() * 3 >= present);
          if (item.addedLate() && objected && item.isDecided()) {
            findings.report(path, ImmutableMap.of("item", item.number(), "objecting", item.objectingMembers(),
                "present", present, "chairObjected", item.objectionByChair()));
          }
        });
      });

  public static final Rule<MeetingRecord> NO_RECUSAL = Rule.builder("NO-FVL-6-RECUSAL", MeetingRecord.class)
      .confidence(Confidence.SECONDARY)
      .citation(Sources.forvaltningslovenNorway("§ 6", ""))
      .title(of("Inhabile medlemmer stemmer ikke", "Ugilde medlemmer røystar ikkje", "Inhabile medlemmer stemmer ikke",
          "Disqualified members do not vote"))
      .explanation(of("Et medlem som er inhabilt i en sak, kan ikke delta i behandlingen eller avgjørelsen av den"
              + " (forvaltningsloven § 6, jf. kommuneloven § 11-10).",
          "Eit medlem som er ugild i ei sak, kan ikkje ta del i handsaminga eller avgjerda av henne (forvaltningslova"
              + " § 6, jf. kommunelova § 11-10).",
          "Et medlem, der er inhabilt i en sag, kan ikke deltage i behandlingen eller afgørelsen af den (den norske"
              + " forvaltningslov § 6, jf. kommuneloven § 11-10).",
          "A member disqualified in a case takes no part in handling or deciding it (forvaltningsloven § 6, with"
              + " kommuneloven § 11-10)."))
      .message(of("Sak {item}: {person} er erklært inhabil ({ground}), men stemte over «{motion}».",
          "Sak {item}: {person} er erklært ugild ({ground}), men røysta over «{motion}».",
          "Sag {item}: {person} er erklæret inhabil ({ground}), men stemte om »{motion}«.",
          "Item {item}: {person} was declared disqualified ({ground}) but voted on \u201c{motion}\u201d."))
      .check((record, context, findings) -> {
        if (isNorwegian(record)) {
          checkRecusedVoters(record, findings);
        }
      });

  private static void checkRecusedVoters(MeetingRecord record, Findings findings) {
    forEachVote(record, (path, item, vote) -> {
      for (int k = 0; k < vote.ballots().size(); k++) {
        Ballot ballot = vote.ballots().get(k);
        for (Recusal recusal : item.recusals()) {
          if (recusal.person().id().equals(ballot.person().id())) {
            findings.report(path + ".ballots[" + k + "]", ImmutableMap.of("item", item.number(),
                "person", ballot.person().name(), "ground", recusal.ground().reference(), "motion", vote.motion()));
          }
        }
      }
    });
  }

  public static final Rule<MeetingRecord> NO_MINUTES = Rule.builder("NO-KL-11-4-MINUTES", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 11-4", ""))
      .title(of("Møtebok", "Møtebok", "Mødeprotokol", "Minutes"))
      .explanation(of("Møteboken viser tid og sted for møtet, hvem som møtte og hvem som ikke møtte, hvilke saker som ble"
              + " behandlet, vedtakene og avstemningsresultatene, hjemmelen for å lukke møtet og vedtak om inhabilitet.",
          "Møteboka viser tid og stad for møtet, kven som møtte og kven som ikkje møtte, kva saker som vart handsama,"
              + " vedtaka og røysteresultata, heimelen for å lukke møtet og vedtak om ugildskap.",
          "Mødeprotokollen viser tid og sted for mødet, hvem der mødte og hvem der ikke mødte, hvilke sager der blev"
              + " behandlet, beslutningerne og afstemningsresultaterne, hjemlen for at lukke mødet og beslutninger om"
              + " inhabilitet.",
          "The minutes record the time and place of the meeting, who attended and who did not, the items handled,"
              + " the decisions and the results of votes, the ground for closing, and decisions on disqualification."))
      .message(of("Møteboken for {meeting} mangler {field} ({detail}).",
          "Møteboka for {meeting} manglar {field} ({detail}).",
          "Mødeprotokollen for {meeting} mangler {field} ({detail}).",
          "The minutes of {meeting} lack {field} ({detail})."))
      .check((record, context, findings) -> {
        Meeting meeting = record.meeting();
        if (!isNorwegian(record) || !meeting.state().isHeld()) {
          return;
        }
        String name = meeting.number().orElse(meeting.id());
        if (meeting.place().isEmpty() && !meeting.remote()) {
          findings.report("meeting.place", minutes(name, "place", "-"));
        }
        for (Membership member : record.committee().votingMembers()) {
          String id = member.person().id();
          boolean recorded = meeting.attendanceOf(id).isPresent() || meeting.attendance().stream()
              .anyMatch(a -> a.standsInFor().map(p -> p.id().equals(id)).orElse(false));
          if (!recorded) {
            findings.report("meeting.attendance", minutes(name, "attendance", member.person().name()));
          }
        }
        if (meeting.agendaItems().isEmpty()) {
          findings.report("meeting.agendaItems", minutes(name, "agendaItems", "-"));
        }
        forEachItem(record, (path, item) -> {
          if (item.kind().isDecision() && item.decision().isEmpty()) {
            findings.report(path + ".decision", minutes(name, "decision", item.number()));
          }
          for (int j = 0; j < item.votes().size(); j++) {
            if (item.votes().get(j).result().isEmpty()) {
              findings.report(path + ".votes[" + j + "].result", minutes(name, "result", item.number()));
            }
          }
          if (item.closure().isPresent() && item.closure().get().ground().isEmpty()) {
            findings.report(path + ".closure.ground", minutes(name, "closure.ground", item.number()));
          }
          for (int r = 0; r < item.recusals().size(); r++) {
            Recusal recusal = item.recusals().get(r);
            if (recusal.decision().isEmpty()) {
              findings.report(path + ".recusals[" + r + "].decision",
                  minutes(name, "recusal.decision", item.number() + ", " + recusal.person().name()));
            }
          }
        });
      });

  private static ImmutableMap<String, Object> minutes(String meeting, String field, String detail) {
    return ImmutableMap.of("meeting", meeting, "field", field, "detail", detail);
  }

  public static final Rule<MeetingRecord> NO_MEETING_DEMAND =
      Rule.builder("NO-KL-11-2-MEETING-DEMAND", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 11-2", "første ledd"))
      .title(of("Krav om møte", "Krav om møte", "Krav om møde", "Demand for a meeting"))
      .explanation(of("Et folkevalgt organ skal holde møte når minst en tredjedel av medlemmene krever det.",
          "Eit folkevald organ skal halde møte når minst ein tredjedel av medlemmene krev det.",
          "Et folkevalgt organ skal holde møde, når mindst en tredjedel af medlemmerne kræver det (den norske"
              + " kommunelov § 11-2).",
          "An elected body must meet when at least a third of its members demand it."))
      .message(of("{demanding} av {members} medlemmer krevde {date} møte om «{subject}», men {meeting} ble ikke"
              + " innkalt eller holdt den dagen eller senere.",
          "{demanding} av {members} medlemmer kravde {date} møte om «{subject}», men {meeting} vart ikkje kalla inn"
              + " eller halde den dagen eller seinare.",
          "{demanding} af {members} medlemmer krævede {date} møde om »{subject}«, men {meeting} blev ikke indkaldt"
              + " eller holdt den dag eller senere.",
          "{demanding} of {members} members demanded on {date} a meeting on \u201c{subject}\u201d, but {meeting} was"
              + " not convened or held on or after that day."))
      .check((record, context, findings) -> checkDemands(record, findings, DemandKind.MEETING));

  public static final Rule<MeetingRecord> NO_AGENDA_DEMAND =
      Rule.builder("NO-KL-11-3-AGENDA-DEMAND", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.kommuneloven("§ 11-3", "første ledd"))
      .title(of("Krav om sak på sakslisten", "Krav om sak på sakslista", "Krav om punkt på dagsordenen",
          "Demand for an agenda item"))
      .explanation(of("En sak skal føres opp på sakslisten når minst en tredjedel av organets medlemmer krever det.",
          "Ei sak skal førast opp på sakslista når minst ein tredjedel av medlemmene i organet krev det.",
          "En sag skal sættes på dagsordenen, når mindst en tredjedel af organets medlemmer kræver det (den norske"
              + " kommunelov § 11-3).",
          "An item must be put on the agenda when at least a third of the body's members demand it."))
      .message(of("{demanding} av {members} medlemmer krevde {date} at «{subject}» skulle føres opp, men saken står"
              + " ikke på sakslisten til {meeting}.",
          "{demanding} av {members} medlemmer kravde {date} at «{subject}» skulle førast opp, men saka står ikkje på"
              + " sakslista til {meeting}.",
          "{demanding} af {members} medlemmer krævede {date}, at »{subject}« skulle sættes på, men sagen er ikke på"
              + " dagsordenen for {meeting}.",
          "{demanding} of {members} members demanded on {date} that \u201c{subject}\u201d be put on the agenda,"
              + " but it is not on the agenda of {meeting}."))
      .check((record, context, findings) -> checkDemands(record, findings, DemandKind.AGENDA_ITEM));

  /** Reports the demands of a kind by at least a third of the voting members that the record does not meet. */
  private static void checkDemands(MeetingRecord record, Findings findings, DemandKind kind) {
    if (!isNorwegian(record)) {
      return;
    }
    Meeting meeting = record.meeting();
    for (int i = 0; i < record.demands().size(); i++) {
      MemberDemand demand = record.demands().get(i);
      if (demand.kind() == kind && demand.isByAThirdOf(record.committee()) && !record.isMet(demand)) {
        findings.report("demands[" + i + "]", ImmutableMap.of("demanding", demand.membersOf(record.committee()),
            "members", record.committee().size(), "date", demand.date().toString(), "subject", demand.subject(),
            "meeting", meeting.number().orElse(meeting.id())));
      }
    }
  }

  public static final Rule<MeetingRecord> DK_QUORUM = Rule.builder("DK-KSL-11-QUORUM", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.styrelsesloven("§ 11", "stk. 2"))
      .title(of("Beslutningsdyktighet (Danmark)", "Vedtaksføre (Danmark)", "Beslutningsdygtighed", "Quorum (Denmark)"))
      .explanation(of("Organet kan bare treffe vedtak når minst halvparten av medlemmene er til stede.",
          "Organet kan berre gjere vedtak når minst halvparten av medlemmene er til stades.",
          "Organet kan kun træffe beslutning, når mindst halvdelen af medlemmerne er til stede.",
          "The body can decide only when at least half of its members are present."))
      .message(of("{committee} traff vedtak med {present} av {members} medlemmer til stede; minst {required} kreves.",
          "{committee} gjorde vedtak med {present} av {members} medlemmer til stades; minst {required} trengst.",
          "{committee} traf beslutning med {present} af {members} medlemmer til stede; mindst {required} kræves.",
          "{committee} decided with {present} of {members} members present; at least {required} are required."))
      .check((record, context, findings) -> {
        if (!isDanish(record) || record.meeting().agendaItems().stream().noneMatch(AgendaItem::isDecided)) {
          return;
        }
        int members = record.committee().size();
        int present = record.votersPresent().size();
        if (present < half(members)) {
          findings.report("meeting.attendance", ImmutableMap.of("committee", record.committee().name(),
              "present", present, "members", members, "required", half(members)));
        }
      });

  public static final Rule<MeetingRecord> DK_MAJORITY = Rule.builder("DK-KSL-11-MAJORITY", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.styrelsesloven("§ 11", "stk. 3"))
      .title(of("Stemmeflertall (Danmark)", "Røystefleirtal (Danmark)", "Stemmeflertal", "Majority of votes (Denmark)"))
      .explanation(of("Vedtak treffes med flertall av de avgitte stemmene; de som avstår, telles ikke med (2 for, 1 mot og"
              + " 2 som avstår, gir vedtak).",
          "Vedtak blir gjorde med fleirtal av dei avgjevne røystene; dei som avstår, blir ikkje rekna med (2 for, 1"
              + " mot og 2 som avstår, gir vedtak).",
          "Beslutninger træffes ved stemmeflertal af de afgivne stemmer; de, der undlader at stemme, tælles ikke med"
              + " (2 for, 1 imod og 2, der undlader, giver vedtagelse).",
          "Decisions are taken by a majority of the votes cast; abstentions are not counted (2 for, 1 against and 2"
              + " abstaining adopts)."))
      .message(of("Sak {item}: voteringen over «{motion}» endte {inFavour}–{against} ({blank} avstod), men er ført som"
              + " {result}.",
          "Sak {item}: røystinga over «{motion}» enda {inFavour}–{against} ({blank} avstod), men er ført som {result}.",
          "Sag {item}: afstemningen om »{motion}« endte {inFavour}–{against} ({blank} undlod), men er ført som"
              + " {result}.",
          "Item {item}: the vote on \u201c{motion}\u201d ended {inFavour}–{against} ({blank} abstained) but is recorded"
              + " as {result}."))
      .check((record, context, findings) -> {
        if (!isDanish(record)) {
          return;
        }
        forEachVote(record, (path, item, vote) -> vote.result().ifPresent(result -> {
          VoteCount counts = vote.counts();
          boolean wrong = !counts.isTie() && result.isAdopted() != counts.hasMajority();
          if (wrong) {
            findings.report(path, countValues(item, vote));
          }
        }));
      });

  public static final Rule<MeetingRecord> DK_TIE = Rule.builder("DK-KSL-TIE", MeetingRecord.class)
      .confidence(Confidence.SECONDARY)
      .citation(Sources.styrelsesloven("§ 11", "stk. 3"))
      .title(of("Stemmelikhet (Danmark)", "Likt røystetal (Danmark)", "Stemmelighed", "Tie (Denmark)"))
      .explanation(of("Ved stemmelikhet er det ikke flertall, og forslaget faller; møtelederen har ingen dobbeltstemme.",
          "Ved likt røystetal er det ikkje fleirtal, og framlegget fell; møteleiaren har inga dobbelrøyst.",
          "Ved stemmelighed er der ikke flertal, og forslaget bortfalder; formanden har ingen afgørende stemme.",
          "A tie is no majority, so the motion falls; the chair has no casting vote."))
      .message(of("Sak {item}: «{motion}» fikk {inFavour}–{against} og er ført som vedtatt, men ved stemmelikhet faller"
              + " forslaget.",
          "Sak {item}: «{motion}» fekk {inFavour}–{against} og er ført som vedteke, men ved likt røystetal fell"
              + " framlegget.",
          "Sag {item}: »{motion}« fik {inFavour}–{against} og er ført som vedtaget, men ved stemmelighed bortfalder"
              + " forslaget.",
          "Item {item}: \u201c{motion}\u201d got {inFavour}–{against} and is recorded as adopted, but on a tie the"
              + " motion falls."))
      .check((record, context, findings) -> {
        if (!isDanish(record)) {
          return;
        }
        forEachVote(record, (path, item, vote) -> {
          if (vote.counts().isTie() && vote.result().map(VoteResult::isAdopted).orElse(false)) {
            findings.report(path, countValues(item, vote));
          }
        });
      });

  public static final Rule<MeetingRecord> DK_CLOSED = Rule.builder("DK-KSL-10-CLOSED", MeetingRecord.class)
      .confidence(Confidence.SECONDARY)
      .citation(Sources.styrelsesloven("§ 10", "stk. 1"))
      .title(of("Lukket behandling (Danmark)", "Lukka handsaming (Danmark)", "Lukket punkt", "Closed item (Denmark)"))
      .explanation(of("Møtene er åpne; kommunalbestyrelsen kan bestemme at en enkelt sak behandles for lukkede dører, sak"
              + " for sak og bare på grunn av fortrolige opplysninger.",
          "Møta er opne; kommunalbestyrelsen kan avgjere at ei enkelt sak blir handsama for lukka dører, sak for sak"
              + " og berre på grunn av fortrulege opplysningar.",
          "Møderne er offentlige; kommunalbestyrelsen kan bestemme, at en enkelt sag behandles for lukkede døre, sag"
              + " for sag og kun på grund af fortrolige oplysninger.",
          "Meetings are public; the council may decide to handle a single case behind closed doors, case by case and"
              + " only because of confidential information."))
      .message(of("Sak {item} ble behandlet for lukkede dører uten hjemmel i styrelsesloven § 10 (oppgitt: {ground}).",
          "Sak {item} vart handsama for lukka dører utan heimel i styrelseslova § 10 (oppgjeve: {ground}).",
          "Sag {item} blev behandlet for lukkede døre uden hjemmel i styrelseslovens § 10 (angivet: {ground}).",
          "Item {item} was handled behind closed doors without a ground in styrelsesloven § 10 (given: {ground})."))
      .check((record, context, findings) -> {
        if (!isDanish(record)) {
          return;
        }
        forEachItem(record, (path, item) -> item.closure().ifPresent(closure -> {
          if (!closure.ground().equals(java.util.Optional.of(ClosureGround.DK_KSL_10))) {
            findings.report(path + ".closure", ImmutableMap.of("item", item.number(),
                "ground", closure.ground().map(ClosureGround::reference).orElse("-")));
          }
        }));
      });

  public static final Rule<MeetingRecord> DK_RECUSAL = Rule.builder("DK-FVL-3-RECUSAL", MeetingRecord.class)
      .confidence(Confidence.VERIFIED_TEXT)
      .citation(Sources.forvaltningslovenDenmark("§ 3", "stk. 1 og 3"))
      .title(of("Inhabile medlemmer stemmer ikke (Danmark)", "Ugilde medlemmer røystar ikkje (Danmark)",
          "Inhabile medlemmer stemmer ikke", "Disqualified members do not vote (Denmark)"))
      .explanation(of("Den som er inhabil i en sak, kan verken avgjøre den, være med på å avgjøre den eller på annen måte"
              + " medvirke i behandlingen av den (den danske forvaltningsloven § 3).",
          "Den som er ugild i ei sak, kan verken avgjere henne, vere med på å avgjere henne eller på anna vis medverke"
              + " i handsaminga av henne (den danske forvaltningslova § 3).",
          "Den, der er inhabil i en sag, må hverken afgøre den, være med til at afgøre den eller på anden måde"
              + " medvirke ved behandlingen af den (forvaltningsloven § 3).",
          "A person disqualified in a case may not decide it, take part in deciding it or otherwise take part in"
              + " handling it (forvaltningsloven § 3)."))
      .message(of("Sak {item}: {person} er erklært inhabil ({ground}), men stemte over «{motion}».",
          "Sak {item}: {person} er erklært ugild ({ground}), men røysta over «{motion}».",
          "Sag {item}: {person} er erklæret inhabil ({ground}), men stemte om »{motion}«.",
          "Item {item}: {person} was declared disqualified ({ground}) but voted on \u201c{motion}\u201d."))
      .check((record, context, findings) -> {
        if (isDanish(record)) {
          checkRecusedVoters(record, findings);
        }
      });
}
