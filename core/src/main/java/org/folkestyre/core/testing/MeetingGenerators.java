package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.CommitteeKind;
import org.folkestyre.core.committee.CommitteeKinds;
import org.folkestyre.core.committee.Gender;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Party;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attachment;
import org.folkestyre.core.meeting.Attendance;
import org.folkestyre.core.meeting.Ballot;
import org.folkestyre.core.meeting.CaseNumberContext;
import org.folkestyre.core.meeting.CaseNumberScheme;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.DemandKind;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingPlan;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.MeetingState;
import org.folkestyre.core.meeting.MemberDemand;
import org.folkestyre.core.meeting.Recusal;
import org.folkestyre.core.meeting.RecusalGround;
import org.folkestyre.core.meeting.Vote;
import org.folkestyre.core.meeting.VoteCount;
import org.folkestyre.core.meeting.VoteCounter;
import org.folkestyre.core.meeting.VoteKind;
import org.folkestyre.core.meeting.VoteOption;
import org.folkestyre.core.meeting.VoteResult;

/**
 * Generators of meetings: valid {@link MeetingRecord}s of Norway and Denmark, records that break
 * exactly one procedure rule, and yearly {@link MeetingPlan}s.
 *
 * <p>A generated record is a held meeting of a committee of 3 or more members, with complete
 * minutes: every voting member's attendance (some absent, some replaced by a deputy), numbered items
 * of every kind, closed items with a ground of the jurisdiction, items added late without a valid
 * objection, recusals, attachments with checksums, and votes recorded ballot by ballot or by counts
 * whose recorded result is the one {@link VoteCounter} computes. At least one item is decided by
 * vote. A record may carry {@link MemberDemand}s: met demands for a meeting or an agenda item (the
 * title in another case), and unmet ones by fewer than a third of the members or by non-members. Records of {@link #breaking(String)} differ in one place so that the named rule, and no
 * other rule of the jurisdiction's pack, is broken.
 */
public final class MeetingGenerators {
  private static final ImmutableSet<String> NORWEGIAN_BREAKABLE = ImmutableSet.of(
      "NO-KL-11-9-QUORUM", "NO-KL-11-9-MAJORITY", "NO-KL-11-9-CASTING-VOTE", "NO-KL-8-1-DUTY-TO-VOTE",
      "NO-KL-11-5-CLOSED-GROUND", "NO-KL-11-5-CLOSED-VOTE-OPEN", "NO-KL-11-3-OFF-AGENDA", "NO-FVL-6-RECUSAL",
      "NO-KL-11-4-MINUTES", "NO-KL-11-2-MEETING-DEMAND", "NO-KL-11-3-AGENDA-DEMAND");
  private static final ImmutableSet<String> DANISH_BREAKABLE = ImmutableSet.of(
      "DK-KSL-11-QUORUM", "DK-KSL-11-MAJORITY", "DK-KSL-TIE", "DK-KSL-10-CLOSED", "DK-FVL-3-RECUSAL");
  private static final ImmutableSet<String> PLAN_BREAKABLE = ImmutableSet.of("DRAMMEN-NEIGHBOURHOOD-MEETING-PLAN");

  private MeetingGenerators() {}

  /**
   * Returns the ids of the rules {@link #breaking(String)} and {@link #breakingPlan(String, Year)}
   * can break.
   *
   * @return the rule ids
   */
  public static ImmutableSet<String> breakableRules() {
    return ImmutableSet.<String>builder().addAll(NORWEGIAN_BREAKABLE).addAll(DANISH_BREAKABLE)
        .addAll(PLAN_BREAKABLE).build();
  }

  /**
   * Returns the ids of the rules on {@link MeetingRecord} that {@link #breaking(String)} can break.
   *
   * @return the rule ids
   */
  public static ImmutableSet<String> breakableRecordRules() {
    return ImmutableSet.<String>builder().addAll(NORWEGIAN_BREAKABLE).addAll(DANISH_BREAKABLE).build();
  }

  /**
   * Returns a generator of valid records of a jurisdiction.
   *
   * @param jurisdiction Norway or Denmark
   * @return the generator
   * @throws InvalidValueException if the jurisdiction is neither
   */
  public static Generator<MeetingRecord> valid(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    if (!jurisdiction.equals(Jurisdiction.norway()) && !jurisdiction.equals(Jurisdiction.denmark())) {
      throw new InvalidValueException("jurisdiction", jurisdiction, "must be NO or DK");
    }
    return (random, size) -> new Scene(random, size, jurisdiction, Scene.NO_BREAK).record();
  }

  /**
   * Returns a generator of valid records, Norwegian and Danish in turn at random.
   *
   * @return the generator
   */
  public static Generator<MeetingRecord> valid() {
    return (random, size) -> new Scene(random, size,
        random.nextBoolean() ? Jurisdiction.norway() : Jurisdiction.denmark(), Scene.NO_BREAK).record();
  }

  /**
   * Returns a generator of valid records full of confidential data, for testing that public
   * minutes leave it out.
   *
   * <p>Each record is a record of {@link #valid(Jurisdiction)} in which at least one item is closed
   * and one more open item is added; every piece of data the public view of the minutes must leave
   * out carries a distinct marker such as {@code SECRET-0007-TITLE}: the recommendation,
   * description, decision, vote motions, attachment titles and recusal decisions of closed items, and
   * their titles unless closed on kommuneloven § 11-5 third paragraph b; the titles of exempt
   * attachments; the decisions of recusals; and the names of persons who are not members of the
   * body — a private person recused from an item, an official present without a seat, and sometimes
   * a secretary. Nothing else carries a marker. {@link #confidentialMarkers(MeetingRecord)} lists
   * them.
   *
   * @param jurisdiction Norway or Denmark
   * @return the generator
   * @throws InvalidValueException if the jurisdiction is neither
   */
  public static Generator<MeetingRecord> withConfidentialData(Jurisdiction jurisdiction) {
    Generator<MeetingRecord> valid = valid(jurisdiction);
    return (random, size) -> ConfidentialData.mark(valid.generate(random, size), random);
  }

  /**
   * Returns the markers of confidential data in a record: every text in it that looks like
   * {@code SECRET-0007-TITLE}.
   *
   * @param record a record, such as one of {@link #withConfidentialData(Jurisdiction)}
   * @return the markers, in the order found
   */
  public static ImmutableSet<String> confidentialMarkers(MeetingRecord record) {
    Objects.requireNonNull(record, "record");
    return ConfidentialData.markersIn(record);
  }

  /**
   * Returns a generator of records that break exactly the named rule and no other rule of their
   * jurisdiction's pack.
   *
   * @param ruleId the rule to break, one of {@link #breakableRecordRules()}
   * @return the generator
   * @throws InvalidValueException if the rule cannot be broken by this method
   */
  public static Generator<MeetingRecord> breaking(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (NORWEGIAN_BREAKABLE.contains(ruleId)) {
      return (random, size) -> new Scene(random, size, Jurisdiction.norway(), ruleId).record();
    }
    if (DANISH_BREAKABLE.contains(ruleId)) {
      return (random, size) -> new Scene(random, size, Jurisdiction.denmark(), ruleId).record();
    }
    throw new InvalidValueException("ruleId", ruleId,
        "cannot be broken by a meeting-record generator; breakable: " + breakableRecordRules());
  }

  /**
   * Returns a generator of valid yearly plans: local committees with 4 meetings, and other
   * committees with 3 to 12.
   *
   * @param year the year planned
   * @return the generator
   */
  public static Generator<MeetingPlan> plans(Year year) {
    Objects.requireNonNull(year, "year");
    return (random, size) -> {
      int kind = random.nextInt(3);
      CommitteeKind committeeKind = kind == 0 ? CommitteeKinds.NO_LOCAL
          : kind == 1 ? CommitteeKinds.NO_STANDING : CommitteeKinds.DK_STANDING;
      int count = kind == 0 ? 4 : 3 + random.nextInt(10);
      return plan(random, year, committeeKind, count);
    };
  }

  /**
   * Returns a generator of plans that break exactly the named plan rule.
   *
   * @param ruleId the rule, {@code DRAMMEN-NEIGHBOURHOOD-MEETING-PLAN}
   * @param year the year planned
   * @return the generator of local committees' plans with other than 4 meetings
   * @throws InvalidValueException if the rule cannot be broken by this method
   */
  public static Generator<MeetingPlan> breakingPlan(String ruleId, Year year) {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(year, "year");
    if (!PLAN_BREAKABLE.contains(ruleId)) {
      throw new InvalidValueException("ruleId", ruleId, "cannot be broken by a plan generator; breakable: "
          + PLAN_BREAKABLE);
    }
    return (random, size) -> {
      int count = random.nextInt(9);
      return plan(random, year, CommitteeKinds.NO_LOCAL, count == 4 ? 4 + 1 + random.nextInt(4) : count);
    };
  }

  private static MeetingPlan plan(RandomGenerator random, Year year, CommitteeKind kind, int count) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    while (dates.size() < count) {
      dates.add(year.atDay(1 + random.nextInt(year.length())));
    }
    return MeetingPlan.builder().committeeId("committee-" + random.nextInt(1000)).committeeKind(kind).year(year)
        .dates(dates).build();
  }

  /** One generated meeting with its committee. */
  private static final class Scene {
    static final String NO_BREAK = "";
    private final RandomGenerator random;
    private final int size;
    private final Jurisdiction jurisdiction;
    private final boolean norway;
    private final String breaking;
    private final int year;
    private int people;

    Scene(RandomGenerator random, int size, Jurisdiction jurisdiction, String breaking) {
      this.random = random;
      this.size = size;
      this.jurisdiction = jurisdiction;
      this.norway = jurisdiction.equals(Jurisdiction.norway());
      this.breaking = breaking;
      this.year = 2015 + random.nextInt(12);
    }

    private boolean breaks(String norwegianRule, String danishRule) {
      return breaking.equals(norway ? norwegianRule : danishRule);
    }

    MeetingRecord record() {
      Term term = Term.of(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 3, 1, 1));
      int n = 3 + random.nextInt(3 + size / 2);
      Party party = Party.of("A", "Parti A");
      List<Membership> members = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Role role = i == 0 ? Role.CHAIR : i == 1 ? Role.DEPUTY_CHAIR : Role.MEMBER;
        members.add(Membership.of(person(i % 2 == 0 ? Gender.FEMALE : Gender.MALE, term), role, party));
      }
      List<Membership> deputies = new ArrayList<>();
      for (int rank = 1; rank <= 2; rank++) {
        deputies.add(Membership.deputy(person(rank % 2 == 0 ? Gender.FEMALE : Gender.MALE, term), rank, party));
      }
      List<CommitteeKind> kinds = norway
          ? List.of(CommitteeKinds.NO_STANDING, CommitteeKinds.NO_EXECUTIVE, CommitteeKinds.NO_COUNCIL)
          : List.of(CommitteeKinds.DK_STANDING, CommitteeKinds.DK_FINANCE, CommitteeKinds.DK_PROJECT);
      String committeeId = norway ? "utvalg-" + random.nextInt(100) : "udvalg-" + random.nextInt(100);
      Committee committee = Committee.builder().id(committeeId).name(norway ? "Utvalget" : "Udvalget")
          .kind(kinds.get(random.nextInt(kinds.size()))).term(term)
          .addAllMemberships(members).addAllMemberships(deputies).build();

      List<Attendance> attendance = attendance(members, deputies);
      List<Person> voters = new ArrayList<>();
      for (Attendance line : attendance) {
        if (line.isPresent()) {
          voters.add(line.person());
        }
      }
      Person chair = members.get(0).person();
      if (breaking.equals("NO-KL-11-4-MINUTES")) {
        minutesDetail = minutesVariant(attendance);
      }

      int itemCount = 1 + random.nextInt(2 + size / 3);
      int forced = random.nextInt(itemCount);
      int firstNumber = 1 + random.nextInt(150);
      List<AgendaItem> items = new ArrayList<>();
      for (int i = 0; i < itemCount; i++) {
        items.add(item(String.valueOf(firstNumber + i), i == forced, voters, chair));
      }

      LocalDate day = jurisdiction.holidayCalendar().workingDayOnOrAfter(LocalDate.of(year, 1 + random.nextInt(12),
          1 + random.nextInt(28)));
      ZonedDateTime start = day.atTime(LocalTime.of(9 + random.nextInt(10), 0)).atZone(jurisdiction.zone());
      Meeting.Builder meeting = Meeting.builder().id(committeeId + "-" + day).committeeId(committeeId)
          .number((1 + random.nextInt(12)) + "/" + year).start(start).end(start.plusHours(1 + random.nextInt(4)))
          .state(random.nextBoolean() ? MeetingState.HELD : MeetingState.MINUTES_APPROVED)
          .sequence(random.nextInt(4)).attendance(attendance).agendaItems(items);
      if (minutesDetail != 0) {
        meeting.place(norway ? "Møterom " + (1 + random.nextInt(9)) : "Mødelokale " + (1 + random.nextInt(9)));
      }
      if (minutesDetail == 1) {
        List<Attendance> fewer = new ArrayList<>(attendance);
        fewer.remove(unsubstitutedAbsence(attendance));
        meeting.attendance(fewer);
      }
      List<MemberDemand> demands = demands(members, items, day);
      return MeetingRecord.builder().from(MeetingRecord.of(meeting.build(), committee, jurisdiction))
          .demands(demands).build();
    }

    /**
     * Demands the meeting meets, demands that do not bind (fewer than a third of the members, or
     * non-members), and for the two demand rules one binding demand the meeting does not meet. Drawn
     * after everything else, so the rest of the scene is the same with or without them.
     */
    private List<MemberDemand> demands(List<Membership> members, List<AgendaItem> items, LocalDate day) {
      int n = members.size();
      int third = (n + 2) / 3;
      List<MemberDemand> demands = new ArrayList<>();
      if (random.nextBoolean()) {
        String title = items.get(random.nextInt(items.size())).title();
        String subject = random.nextBoolean() ? title.toUpperCase(java.util.Locale.ROOT) : title;
        demands.add(MemberDemand.of(DemandKind.AGENDA_ITEM, subject, someMembers(members, 1 + random.nextInt(n)),
            day.minusDays(random.nextInt(30))));
      }
      if (random.nextInt(3) == 0) {
        demands.add(MemberDemand.of(DemandKind.MEETING, norway ? "Ekstraordinært møte" : "Ekstraordinært møde",
            someMembers(members, 1 + random.nextInt(n)), day.minusDays(random.nextInt(30))));
      }
      if (random.nextInt(3) == 0) {
        // Not binding: fewer than a third of the members, and persons without a vote.
        List<String> ids = someMembers(members, (n - 1) / 3);
        int outsiders = 1 + random.nextInt(n);
        for (int i = 0; i < outsiders; i++) {
          ids.add("innbygger-" + i);
        }
        DemandKind kind = random.nextBoolean() ? DemandKind.AGENDA_ITEM : DemandKind.MEETING;
        demands.add(MemberDemand.of(kind, norway ? "Sak som ikke ble ført opp" : "Punkt der ikke kom på", ids,
            day.plusDays(1 + random.nextInt(30))));
      }
      if (breaking.equals("NO-KL-11-3-AGENDA-DEMAND")) {
        demands.add(random.nextInt(demands.size() + 1), MemberDemand.of(DemandKind.AGENDA_ITEM,
            "Trafikksikkerhet ved skolen", someMembers(members, third + random.nextInt(n - third + 1)),
            day.minusDays(random.nextInt(30))));
      } else if (breaking.equals("NO-KL-11-2-MEETING-DEMAND")) {
        demands.add(random.nextInt(demands.size() + 1), MemberDemand.of(DemandKind.MEETING, "Ekstraordinært møte",
            someMembers(members, third + random.nextInt(n - third + 1)), day.plusDays(1 + random.nextInt(60))));
      }
      return demands;
    }

    /** The ids of k members picked at random. */
    private List<String> someMembers(List<Membership> members, int k) {
      List<String> ids = new ArrayList<>();
      for (Membership member : members) {
        ids.add(member.person().id());
      }
      Collections.shuffle(ids, new java.util.Random(random.nextLong()));
      return new ArrayList<>(ids.subList(0, k));
    }

    /**
     * Which part of the minutes a record breaking {@code NO-KL-11-4-MINUTES} lacks: 0 the place, 1 an
     * absent member's attendance, 2 the decision of the forced item, 3 the result of its vote, 4 the
     * decision on a recusal from it; -1 for a record with complete minutes.
     */
    private int minutesDetail = -1;

    private int minutesVariant(List<Attendance> attendance) {
      if (unsubstitutedAbsence(attendance) == null) {
        int variant = random.nextInt(4);
        return variant == 1 ? 4 : variant;
      }
      return random.nextInt(5);
    }

    /** An absent member nobody stands in for, or null. */
    private static Attendance unsubstitutedAbsence(List<Attendance> attendance) {
      for (Attendance line : attendance) {
        boolean substituted = attendance.stream()
            .anyMatch(a -> a.standsInFor().map(p -> p.id().equals(line.person().id())).orElse(false));
        if (!line.isPresent() && !substituted) {
          return line;
        }
      }
      return null;
    }

    private List<Attendance> attendance(List<Membership> members, List<Membership> deputies) {
      int n = members.size();
      int quorum = (n + 1) / 2;
      boolean fewPresent = breaks("NO-KL-11-9-QUORUM", "DK-KSL-11-QUORUM");
      int absent = fewPresent ? n - (quorum - 1) : random.nextInt(n - quorum);
      List<Attendance> attendance = new ArrayList<>();
      int deputy = 0;
      for (int i = 0; i < n; i++) {
        Person member = members.get(i).person();
        boolean isAbsent = i >= n - absent;
        if (!isAbsent) {
          attendance.add(Attendance.present(member));
        } else {
          attendance.add(Attendance.absent(member));
          if (!fewPresent && deputy < deputies.size() && random.nextBoolean()) {
            attendance.add(Attendance.substitute(deputies.get(deputy++).person(), member));
          }
        }
      }
      return attendance;
    }

    private AgendaItem item(String number, boolean forced, List<Person> present, Person chair) {
      ItemKind kind = forced ? forcedKind() : ItemKind.values()[random.nextInt(ItemKind.values().length)];
      AgendaItem.Builder item = AgendaItem.builder().number(number).title((norway ? "Sak " : "Sag ") + number)
          .kind(kind).caseNumber(String.format(java.util.Locale.ROOT, "%02d/%d", year % 100, 100 + random.nextInt(90_000)),
              CaseNumberContext.forScheme(norway ? CaseNumberScheme.NO_CASE : CaseNumberScheme.DK_YEAR_SEQUENCE, year));
      if (random.nextBoolean()) {
        item.recommendation(norway ? "Saken tas til orientering." : "Sagen tages til efterretning.");
      }
      if (random.nextInt(3) == 0) {
        item.description(norway ? "Saksframstilling." : "Sagsfremstilling.");
      }
      if (random.nextInt(3) == 0) {
        byte[] content = new byte[1 + random.nextInt(64)];
        random.nextBytes(content);
        Attachment attachment = Attachment.of((norway ? "Vedlegg " : "Bilag ") + number, "application/pdf", content);
        item.addAttachment(random.nextInt(4) == 0 ? attachment.withExemption("offentleglova § 13") : attachment);
      }
      closure(item, forced);
      late(item, forced, present.size());

      List<Person> voters = new ArrayList<>(present);
      Person recused = null;
      boolean recusalBreak = forced && breaks("NO-FVL-6-RECUSAL", "DK-FVL-3-RECUSAL");
      boolean minutesRecusal = forced && minutesDetail == 4;
      if (kind.isDecision() && present.size() > 2 && (recusalBreak || minutesRecusal || random.nextInt(4) == 0)) {
        recused = present.get(1 + random.nextInt(present.size() - 1));
        RecusalGround ground = norway ? RecusalGround.values()[random.nextInt(6)]
            : RecusalGround.values()[6 + random.nextInt(5)];
        Recusal.Builder recusal = Recusal.builder().person(recused).ground(ground);
        if (!minutesRecusal) {
          recusal.decision((norway ? "Erklært inhabil: " : "Erklæret inhabil: ") + recused.name());
        }
        item.addRecusal(recusal.build());
        if (!recusalBreak) {
          voters.remove(recused);
        }
      }

      boolean withVote = kind.isDecision() || forced;
      if (kind.isDecision() || random.nextBoolean()) {
        boolean minutesDecision = forced && minutesDetail == 2;
        if (!minutesDecision) {
          item.decision(norway ? "Vedtatt som innstilt." : "Godkendt.");
        }
      }
      if (withVote) {
        item.addVote(vote(kind, voters, chair, forced, recusalBreak ? recused : null));
      }
      return item.build();
    }

    private ItemKind forcedKind() {
      if (breaking.equals("NO-KL-11-9-CASTING-VOTE")) {
        return ItemKind.ELECTION;
      }
      return ItemKind.DECISION;
    }

    private void closure(AgendaItem.Builder item, boolean forced) {
      if (forced && breaking.equals("NO-KL-11-5-CLOSED-GROUND")) {
        item.closure(Closure.of(ClosureGround.DK_KSL_10, true));
      } else if (forced && breaking.equals("NO-KL-11-5-CLOSED-VOTE-OPEN")) {
        item.closure(Closure.of(norwegianGround(), false));
      } else if (forced && breaking.equals("DK-KSL-10-CLOSED")) {
        item.closure(random.nextBoolean() ? Closure.of(norwegianGround(), true) : Closure.withoutGround(true));
      } else if (random.nextInt(4) == 0) {
        item.closure(Closure.of(norway ? norwegianGround() : ClosureGround.DK_KSL_10, true));
      }
    }

    private ClosureGround norwegianGround() {
      return ClosureGround.values()[random.nextInt(4)];
    }

    private void late(AgendaItem.Builder item, boolean forced, int present) {
      if (forced && breaking.equals("NO-KL-11-3-OFF-AGENDA")) {
        item.addedLate(true);
        if (random.nextBoolean()) {
          item.objectionByChair(true);
        } else {
          item.objectingMembers((present + 2) / 3);
        }
      } else if (random.nextInt(5) == 0) {
        item.addedLate(true).objectingMembers(random.nextInt((present - 1) / 3 + 1));
      }
    }

    private Vote vote(ItemKind kind, List<Person> voters, Person chair, boolean forced, Person recusedVoter) {
      VoteKind voteKind = kind == ItemKind.ELECTION ? VoteKind.ELECTION
          : kind == ItemKind.APPOINTMENT ? VoteKind.APPOINTMENT : VoteKind.ORDINARY;
      boolean blankAllowed = !norway || voteKind.allowsBlankInNorway();
      List<VoteOption> options = new ArrayList<>();
      for (Person voter : voters) {
        VoteOption option;
        if (voter.equals(chair) || !blankAllowed) {
          option = random.nextBoolean() ? VoteOption.FOR : VoteOption.AGAINST;
        } else {
          option = VoteOption.values()[random.nextInt(3)];
        }
        options.add(option);
      }
      if (forced && breaks("NO-KL-11-9-MAJORITY", "DK-KSL-11-MAJORITY")) {
        options.replaceAll(o -> VoteOption.AGAINST);
      } else if (forced && (breaking.equals("NO-KL-11-9-CASTING-VOTE") || breaking.equals("DK-KSL-TIE"))) {
        tie(voters, chair, options);
      } else if (forced && breaking.equals("NO-KL-8-1-DUTY-TO-VOTE")) {
        int other = voters.indexOf(chair) == 0 ? 1 : 0;
        options.set(other, VoteOption.BLANK);
      }
      if (recusedVoter != null) {
        options.set(voters.indexOf(recusedVoter), random.nextBoolean() ? VoteOption.FOR : VoteOption.AGAINST);
      }
      boolean ballots = recusedVoter != null || breaking.equals("NO-KL-8-1-DUTY-TO-VOTE") || random.nextBoolean();
      String motion = norway ? "Innstillingen" : "Indstillingen";
      Vote vote;
      if (ballots) {
        List<Ballot> list = new ArrayList<>();
        for (int i = 0; i < voters.size(); i++) {
          Person voter = voters.get(i);
          list.add(voter.equals(chair) ? Ballot.ofChair(voter, options.get(i)) : Ballot.of(voter, options.get(i)));
        }
        vote = Vote.ofBallots(motion, voteKind, list);
      } else {
        int inFavour = (int) options.stream().filter(o -> o == VoteOption.FOR).count();
        int against = (int) options.stream().filter(o -> o == VoteOption.AGAINST).count();
        Vote.Builder counted = Vote.builder().motion(motion).kind(voteKind)
            .recordedCounts(VoteCount.of(inFavour, against, options.size() - inFavour - against));
        int chairIndex = voters.indexOf(chair);
        if (chairIndex >= 0 && (norway || random.nextBoolean())) {
          counted.chairVote(options.get(chairIndex));
        }
        vote = counted.build();
      }
      VoteResult result = VoteCounter.of(jurisdiction, names -> random.nextInt(names.size())).count(vote);
      if (forced && breaks("NO-KL-11-9-MAJORITY", "DK-KSL-11-MAJORITY")) {
        result = VoteResult.adopted(VoteResult.Reason.MAJORITY);
      } else if (forced && breaking.equals("NO-KL-11-9-CASTING-VOTE")) {
        result = VoteResult.adopted(VoteResult.Reason.CASTING_VOTE);
      } else if (forced && breaking.equals("DK-KSL-TIE")) {
        result = VoteResult.adopted(random.nextBoolean() ? VoteResult.Reason.MAJORITY : VoteResult.Reason.CASTING_VOTE);
      }
      if (forced && minutesDetail == 3) {
        return vote;
      }
      return vote.withRecordedResult(result);
    }

    /** Equal votes for and against, the chair for, and one blank vote if the number of voters is odd. */
    private void tie(List<Person> voters, Person chair, List<VoteOption> options) {
      int half = voters.size() / 2;
      int chairIndex = voters.indexOf(chair);
      options.set(chairIndex, VoteOption.FOR);
      int inFavour = 1;
      int against = 0;
      for (int i = 0; i < voters.size(); i++) {
        if (i == chairIndex) {
          continue;
        }
        if (inFavour < half) {
          options.set(i, VoteOption.FOR);
          inFavour++;
        } else if (against < half) {
          options.set(i, VoteOption.AGAINST);
          against++;
        } else {
          options.set(i, VoteOption.BLANK);
        }
      }
    }

    private Person person(Gender gender, Term term) {
      people++;
      LocalDate birth = term.start().minusYears(25 + random.nextInt(45)).minusDays(random.nextInt(365));
      return Person.of("p" + people, "Person " + people, gender, birth);
    }
  }

  /**
   * Returns the breakable rules of a jurisdiction, for tests that pick the generator by rule.
   *
   * @param jurisdiction Norway or Denmark
   * @return the rule ids
   */
  public static ImmutableList<String> breakableRules(Jurisdiction jurisdiction) {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    return ImmutableList.copyOf(jurisdiction.equals(Jurisdiction.norway()) ? NORWEGIAN_BREAKABLE
        : jurisdiction.equals(Jurisdiction.denmark()) ? DANISH_BREAKABLE : ImmutableSet.of());
  }
}
