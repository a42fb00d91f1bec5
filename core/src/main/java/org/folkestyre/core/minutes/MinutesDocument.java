package org.folkestyre.core.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.folkestyre.core.Language;
import org.folkestyre.core.LocalizedText;
import org.folkestyre.core.meeting.Closure;
import org.folkestyre.core.meeting.VoteCount;
import org.folkestyre.core.meeting.VoteOption;

/**
 * Minutes laid out as a document in one language: headings, labelled fields, free text, lists and
 * the table of contents. Each renderer writes the same document in its own format, so the formats
 * agree on what they show; the document shows only what the minutes hold, in their view.
 */
final class MinutesDocument {
  /** A part of the document. */
  sealed interface Block permits Heading, Fields, Text, Bullets, Contents {}

  /** A heading of level 1 (the title), 2 (a section, an item) or 3 (a part of an item). */
  record Heading(int level, String text, Optional<String> anchor) implements Block {}

  /** Labelled values of one line each. */
  record Fields(List<Field> fields) implements Block {}

  /** A label and its value. */
  record Field(String label, String value) {}

  /** Free text: paragraphs separated by blank lines, whose line breaks are kept. */
  record Text(String text) implements Block {}

  /** A list of one-line entries. */
  record Bullets(List<String> items) implements Block {}

  /** The table of contents: one entry per item, linking to the item's anchor. */
  record Contents(List<Link> links) implements Block {}

  /** An entry of the table of contents. */
  record Link(String text, String anchor) {}

  private final String title;
  private final String subtitle;
  private final List<Block> blocks;

  private MinutesDocument(String title, String subtitle, List<Block> blocks) {
    this.title = title;
    this.subtitle = subtitle;
    this.blocks = List.copyOf(blocks);
  }

  /** The title: "Referat: Demokratieksperimentariet". */
  String title() {
    return title;
  }

  /** The date and time of the meeting, for the HTML title. */
  String subtitle() {
    return subtitle;
  }

  List<Block> blocks() {
    return blocks;
  }

  /** Lays out minutes in a language; the minutes must already be in the view to show. */
  static MinutesDocument of(Minutes minutes, Language language) {
    return new Layout(minutes, language).build();
  }

  /**
   * Makes a free text safe to print in any format: line breaks become {@code \n}, tabs spaces, and
   * other control and bidi-override characters the replacement character U+FFFD.
   */
  static String clean(String text) {
    String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    StringBuilder out = new StringBuilder(lines.length());
    lines.codePoints().forEach(c -> {
      boolean control = c != '\n' && (Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069));
      out.appendCodePoint(control ? 0xFFFD : c);
    });
    return out.toString();
  }

  /** Makes a free text one line: line breaks and runs of spaces become one space. */
  static String oneLine(String text) {
    return clean(text).strip().replaceAll("\\s*\n\\s*", " ").replaceAll(" {2,}", " ");
  }

  /** Builds the blocks of one document. */
  private static final class Layout {
    private final Minutes minutes;
    private final Language language;
    private final List<Block> blocks = new ArrayList<>();

    Layout(Minutes minutes, Language language) {
      this.minutes = minutes;
      this.language = language;
    }

    private String word(LocalizedText text) {
      return text.get(language);
    }

    private String format(LocalizedText text, Map<String, ?> values) {
      return text.format(values).get(language);
    }

    MinutesDocument build() {
      String title = word(MinutesTexts.MINUTES) + ": " + oneLine(minutes.body());
      String when = MinutesTexts.dateTime(minutes.start(), minutes.end(), language);
      blocks.add(new Heading(1, title, Optional.empty()));
      header(when);
      attendance();
      contents();
      for (MinutesItem item : minutes.items()) {
        item(item);
      }
      return new MinutesDocument(title, when, blocks);
    }

    private void header(String when) {
      List<Field> fields = new ArrayList<>();
      fields.add(new Field(word(MinutesTexts.BODY), oneLine(minutes.body()) + ", "
          + minutes.bodyKind().names().get(language)));
      minutes.meetingNumber().ifPresent(n -> fields.add(new Field(word(MinutesTexts.MEETING_NUMBER), oneLine(n))));
      fields.add(new Field(word(MinutesTexts.DATE), when));
      if (minutes.place().isPresent()) {
        fields.add(new Field(word(MinutesTexts.PLACE), oneLine(minutes.place().get())
            + (minutes.remote() ? " (" + word(MinutesTexts.REMOTE) + ")" : "")));
      } else if (minutes.remote()) {
        fields.add(new Field(word(MinutesTexts.PLACE), MinutesTexts.capitalize(word(MinutesTexts.REMOTE), language)));
      }
      fields.add(new Field(word(MinutesTexts.STATUS), MinutesTexts.state(minutes.state(), language)));
      fields.add(new Field(word(MinutesTexts.VERSION), word(minutes.view() == View.PUBLIC
          ? MinutesTexts.PUBLIC_VERSION : MinutesTexts.INTERNAL_VERSION)));
      blocks.add(new Fields(fields));
    }

    private void attendance() {
      blocks.add(new Heading(2, word(MinutesTexts.ATTENDANCE), Optional.of("attendance")));
      if (!minutes.hasAttendance()) {
        blocks.add(new Text(word(MinutesTexts.NOT_RECORDED)));
        return;
      }
      List<Field> fields = new ArrayList<>();
      if (!minutes.present().isEmpty()) {
        fields.add(new Field(word(MinutesTexts.PRESENT), persons(minutes.present())));
      }
      if (!minutes.substitutes().isEmpty()) {
        fields.add(new Field(word(MinutesTexts.SUBSTITUTES), minutes.substitutes().stream()
            .map(s -> format(MinutesTexts.STANDS_IN_FOR, Map.of("substitute", name(s.substitute()),
                "member", name(s.member()))))
            .collect(Collectors.joining(", "))));
      }
      if (!minutes.absent().isEmpty()) {
        fields.add(new Field(word(MinutesTexts.ABSENT), persons(minutes.absent())));
      }
      blocks.add(new Fields(fields));
    }

    /** The persons named, followed by how many are not: "Kari Nordmann (leder, Ap), 2 personer som ...". */
    private String persons(List<MinutesPerson> persons) {
      List<String> texts = new ArrayList<>();
      persons.stream().filter(p -> !p.isNameWithheld()).map(this::person).forEach(texts::add);
      long withheld = persons.stream().filter(MinutesPerson::isNameWithheld).count();
      if (withheld == 1) {
        texts.add(word(MinutesTexts.NAME_WITHHELD));
      } else if (withheld > 1) {
        texts.add(format(MinutesTexts.NAMES_WITHHELD, Map.of("count", withheld)));
      }
      return String.join(", ", texts);
    }

    /** "Kari Nordmann (leder, Ap)", or the neutral text for a withheld name. */
    private String person(MinutesPerson person) {
      if (person.isNameWithheld()) {
        return word(MinutesTexts.NAME_WITHHELD);
      }
      List<String> notes = new ArrayList<>();
      person.role().map(r -> MinutesTexts.role(r, language)).filter(r -> !r.isEmpty()).ifPresent(notes::add);
      person.party().map(MinutesDocument::oneLine).ifPresent(notes::add);
      return oneLine(person.name().get()) + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
    }

    /** The name alone, or the neutral text for a withheld name. */
    private String name(MinutesPerson person) {
      return person.name().map(MinutesDocument::oneLine).orElse(word(MinutesTexts.NAME_WITHHELD));
    }

    private void contents() {
      blocks.add(new Heading(2, word(MinutesTexts.CONTENTS), Optional.of("contents")));
      if (minutes.items().isEmpty()) {
        blocks.add(new Text(word(MinutesTexts.NO_ITEMS)));
        return;
      }
      List<Link> links = new ArrayList<>();
      for (ContentsEntry entry : minutes.contents()) {
        links.add(new Link(itemHeading(entry.number(), entry.title())
            + (entry.closed() ? " (" + word(MinutesTexts.CLOSED_MARK) + ")" : ""), anchor(entry.position())));
      }
      blocks.add(new Contents(links));
    }

    private static String anchor(int position) {
      return "item-" + position;
    }

    private String itemHeading(String number, Optional<String> title) {
      return format(MinutesTexts.ITEM, Map.of("number", oneLine(number))) + ": "
          + title.map(MinutesDocument::oneLine).orElse(word(MinutesTexts.WITHHELD_TITLE));
    }

    private void item(MinutesItem item) {
      blocks.add(new Heading(2, itemHeading(item.number(), item.title()), Optional.of(anchor(item.position()))));
      List<Field> fields = new ArrayList<>();
      item.caseNumber().ifPresent(c -> fields.add(new Field(word(MinutesTexts.CASE_NUMBER), oneLine(c))));
      fields.add(new Field(word(MinutesTexts.KIND), item.kind().names().get(language)));
      blocks.add(new Fields(fields));
      if (item.addedLate()) {
        blocks.add(new Text(word(MinutesTexts.ADDED_LATE)));
      }
      if (item.closure().isPresent()) {
        section(MinutesTexts.CLOSED_MEETING, new Text(closed(item.closure().get())
            + (item.isContentWithheld() ? " " + word(MinutesTexts.CONTENT_WITHHELD) : "")));
      }
      if (item.isContentWithheld()) {
        return;
      }
      if (!item.attachments().isEmpty()) {
        section(MinutesTexts.ATTACHMENTS, new Bullets(item.attachments().stream().map(this::attachment).toList()));
      }
      item.recommendation().ifPresent(t -> section(MinutesTexts.RECOMMENDATION, new Text(clean(t))));
      item.description().ifPresent(t -> section(MinutesTexts.DESCRIPTION, new Text(clean(t))));
      if (!item.recusals().isEmpty()) {
        section(MinutesTexts.RECUSALS, new Bullets(item.recusals().stream().map(this::recusal).toList()));
      }
      if (!item.votes().isEmpty()) {
        section(MinutesTexts.VOTES, new Bullets(item.votes().stream().map(this::vote).toList()));
      }
      item.decision().ifPresent(t -> section(MinutesTexts.DECISION, new Text(clean(t))));
    }

    private void section(LocalizedText heading, Block block) {
      blocks.add(new Heading(3, word(heading), Optional.empty()));
      blocks.add(block);
    }

    private String closed(Closure closure) {
      return closure.ground().map(g -> format(MinutesTexts.CLOSED_ON, Map.of("ground",
          MinutesTexts.ground(g, language)))).orElse(word(MinutesTexts.CLOSED_WITHOUT_GROUND));
    }

    private String attachment(MinutesAttachment attachment) {
      String ground = attachment.exemptionGround().map(g -> " (" + oneLine(g) + ")").orElse("");
      if (attachment.isTitleWithheld()) {
        return word(MinutesTexts.EXEMPT_ATTACHMENT) + ground;
      }
      List<String> details = new ArrayList<>();
      attachment.mediaType().ifPresent(details::add);
      attachment.size().ifPresent(s -> details.add(format(MinutesTexts.BYTES, Map.of("size", Long.toString(s)))));
      attachment.sha256().ifPresent(s -> details.add("SHA-256 " + s));
      return oneLine(attachment.title().get()) + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")")
          + (attachment.exempt() ? " – " + word(MinutesTexts.EXEMPT_MARK) + ground : "");
    }

    private String recusal(MinutesRecusal recusal) {
      String text = MinutesTexts.capitalize(name(recusal.person()), language) + ": " + recusal.ground().reference();
      if (!recusal.decidedByBody()) {
        text += " (" + word(MinutesTexts.STEPPED_ASIDE) + ")";
      }
      return text + recusal.decision().map(d -> " – " + oneLine(d)).orElse("");
    }

    private String vote(MinutesVote vote) {
      VoteCount counts = vote.counts();
      StringBuilder text = new StringBuilder(oneLine(vote.motion())).append(": ")
          .append(format(MinutesTexts.COUNTS, Map.of("inFavour", counts.inFavour(), "against", counts.against())));
      if (counts.blank() > 0) {
        text.append(", ").append(format(MinutesTexts.BLANK_COUNT, Map.of("blank", counts.blank())));
      }
      text.append(" – ").append(vote.result().map(r -> MinutesTexts.outcome(r, language))
          .orElse(word(MinutesTexts.NO_RESULT))).append('.');
      if (vote.ballots().isEmpty()) {
        vote.chairVote().ifPresent(o -> text.append(' ').append(MinutesTexts.capitalize(format(MinutesTexts.CHAIR_VOTE,
            Map.of("option", MinutesTexts.option(o, language))), language)).append('.'));
      }
      for (VoteOption option : VoteOption.values()) {
        List<String> names = vote.ballots().stream().filter(b -> b.option() == option)
            .map(b -> name(b.person()) + (b.chair() ? " (" + word(MinutesTexts.CHAIR) + ")" : "")).toList();
        if (!names.isEmpty()) {
          text.append(' ').append(MinutesTexts.label(option, language)).append(": ")
              .append(String.join(", ", names)).append('.');
        }
      }
      return text.toString();
    }
  }
}
