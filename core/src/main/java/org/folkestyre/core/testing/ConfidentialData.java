package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.folkestyre.core.committee.Committee;
import org.folkestyre.core.committee.Membership;
import org.folkestyre.core.committee.Person;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.meeting.AgendaItem;
import org.folkestyre.core.meeting.Attachment;
import org.folkestyre.core.meeting.Attendance;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.ClosureGround;
import org.folkestyre.core.meeting.ItemKind;
import org.folkestyre.core.meeting.Meeting;
import org.folkestyre.core.meeting.MeetingRecord;
import org.folkestyre.core.meeting.Recusal;
import org.folkestyre.core.meeting.RecusalGround;
import org.folkestyre.core.meeting.Vote;

/**
 * Puts confidential data, each piece carrying a distinct marker, into a valid meeting record: see
 * {@link MeetingGenerators#withConfidentialData(Jurisdiction)}.
 */
final class ConfidentialData {
  static final Pattern MARKER = Pattern.compile("SECRET-[0-9]{4}-[A-Z]+");

  private final RandomGenerator random;
  private final MeetingRecord record;
  private final boolean norway;
  private int markers;
  private int privatePersons;

  private ConfidentialData(RandomGenerator random, MeetingRecord record) {
    this.random = random;
    this.record = record;
    this.norway = record.jurisdictionId().equals(Jurisdiction.NORWAY_ID);
  }

  static MeetingRecord mark(MeetingRecord record, RandomGenerator random) {
    return new ConfidentialData(random, record).mark();
  }

  /** Every marker in any text of a record: names, titles, free texts, motions, grounds. */
  static ImmutableSet<String> markersIn(MeetingRecord record) {
    List<String> texts = new ArrayList<>();
    Committee committee = record.committee();
    texts.add(committee.name());
    committee.memberships().forEach(m -> texts.add(m.person().name()));
    Meeting meeting = record.meeting();
    meeting.number().ifPresent(texts::add);
    meeting.place().ifPresent(texts::add);
    for (Attendance line : meeting.attendance()) {
      texts.add(line.person().name());
      line.standsInFor().ifPresent(p -> texts.add(p.name()));
    }
    for (AgendaItem item : meeting.agendaItems()) {
      texts.add(item.number());
      texts.add(item.title());
      item.caseNumber().ifPresent(c -> texts.add(c.text()));
      item.recommendation().ifPresent(texts::add);
      item.description().ifPresent(texts::add);
      item.decision().ifPresent(texts::add);
      for (Attachment attachment : item.attachments()) {
        texts.add(attachment.title());
        attachment.exemptionGround().ifPresent(texts::add);
      }
      for (Recusal recusal : item.recusals()) {
        texts.add(recusal.person().name());
        recusal.decision().ifPresent(texts::add);
      }
      for (Vote vote : item.votes()) {
        texts.add(vote.motion());
        vote.ballots().forEach(b -> texts.add(b.person().name()));
      }
    }
    ImmutableSet.Builder<String> found = ImmutableSet.builder();
    for (String text : texts) {
      Matcher matcher = MARKER.matcher(text);
      while (matcher.find()) {
        found.add(matcher.group());
      }
    }
    return found.build();
  }

  private String marker(String field) {
    return String.format(Locale.ROOT, "SECRET-%04d-%s", ++markers, field);
  }

  private Person privatePerson() {
    privatePersons++;
    return Person.builder().id("private-" + privatePersons).name("Privatperson " + marker("NAME")).build();
  }

  private MeetingRecord mark() {
    Meeting meeting = record.meeting();
    Committee committee = record.committee();
    Meeting.Builder marked = Meeting.builder().from(meeting);

    // Persons present who are not members: an official without a seat, and a secretary.
    List<Attendance> attendance = new ArrayList<>(meeting.attendance());
    attendance.add(Attendance.present(privatePerson()));
    if (random.nextBoolean()) {
      Person secretary = Person.builder().id("secretary").name("Sekretær " + marker("NAME")).build();
      committee = Committee.builder().from(committee)
          .addMembership(Membership.builder().person(secretary).role(Role.SECRETARY).build()).build();
      attendance.add(Attendance.present(secretary));
    }
    marked.attendance(attendance);

    List<AgendaItem> items = new ArrayList<>(meeting.agendaItems());
    int toClose = random.nextInt(items.size());
    int last = 0;
    for (int i = 0; i < items.size(); i++) {
      AgendaItem item = items.get(i);
      if (i == toClose && !item.isClosed()) {
        item = AgendaItem.builder().from(item).closure(Closure.of(ground(), true)).build();
      }
      items.set(i, item.isClosed() ? closed(item) : open(item, random.nextBoolean(), random.nextBoolean()));
      last = Math.max(last, numberOf(item));
    }
    // One more open item that surely has an exempt attachment and a private person's recusal.
    items.add(open(AgendaItem.builder().number(String.valueOf(last + 1)).title(norway ? "Tilleggssak" : "Ekstra punkt")
        .kind(ItemKind.DECISION).decision(norway ? "Vedtatt." : "Godkendt.").build(), true, true));
    marked.agendaItems(items);
    return MeetingRecord.of(marked.build(), committee, record.jurisdiction());
  }

  private static int numberOf(AgendaItem item) {
    try {
      return Integer.parseInt(item.number());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private ClosureGround ground() {
    return norway ? ClosureGround.values()[random.nextInt(4)] : ClosureGround.DK_KSL_10;
  }

  private RecusalGround recusalGround() {
    return norway ? RecusalGround.values()[random.nextInt(6)] : RecusalGround.values()[6 + random.nextInt(5)];
  }

  /** A closed item: every text of its content marked, the title too where the public view withholds it. */
  private AgendaItem closed(AgendaItem item) {
    AgendaItem.Builder builder = AgendaItem.builder().from(item)
        .recommendation("Innstilling " + marker("RECOMMENDATION"))
        .description("Saksframstilling " + marker("DESCRIPTION"))
        .decision("Vedtak " + marker("DECISION"));
    if (item.closure().orElseThrow().ground().map(g -> g != ClosureGround.NO_KL_11_5_3_B).orElse(true)) {
      builder.title("Sak om " + marker("TITLE"));
    }
    List<Attachment> attachments = new ArrayList<>();
    for (Attachment attachment : item.attachments()) {
      attachments.add(Attachment.builder().from(attachment).title("Vedlegg " + marker("ATTACHMENT")).build());
    }
    attachments.add(Attachment.titled("Vedlegg " + marker("ATTACHMENT")));
    builder.attachments(attachments);
    List<Vote> votes = new ArrayList<>();
    for (Vote vote : item.votes()) {
      votes.add(Vote.builder().from(vote).motion("Forslag " + marker("MOTION")).build());
    }
    builder.votes(votes);
    builder.recusals(recusals(item, true));
    return builder.build();
  }

  /** An open item: exempt attachments' titles and recusal decisions marked, a private person recused. */
  private AgendaItem open(AgendaItem item, boolean exemptAttachment, boolean privateRecusal) {
    AgendaItem.Builder builder = AgendaItem.builder().from(item);
    List<Attachment> attachments = new ArrayList<>();
    for (Attachment attachment : item.attachments()) {
      attachments.add(attachment.exempt()
          ? Attachment.builder().from(attachment).title("Vedlegg " + marker("ATTACHMENT")).build() : attachment);
    }
    if (exemptAttachment) {
      byte[] content = new byte[1 + random.nextInt(32)];
      random.nextBytes(content);
      attachments.add(Attachment.of("Vedlegg " + marker("ATTACHMENT"), "application/pdf", content)
          .withExemption(norway ? "offentleglova § 13" : "offentlighedsloven § 30"));
    }
    builder.attachments(attachments);
    builder.recusals(recusals(item, privateRecusal));
    return builder.build();
  }

  /** The item's recusals with marked decisions, and optionally a private person's recusal. */
  private List<Recusal> recusals(AgendaItem item, boolean privatePerson) {
    List<Recusal> recusals = new ArrayList<>();
    for (Recusal recusal : item.recusals()) {
      recusals.add(Recusal.builder().from(recusal).decision("Erklært inhabil " + marker("RECUSAL")).build());
    }
    if (privatePerson) {
      recusals.add(Recusal.of(privatePerson(), recusalGround(), "Erklært inhabil " + marker("RECUSAL")));
    }
    return recusals;
  }
}
