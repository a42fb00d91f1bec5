package org.folkestyre.core.interchange.oparl;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.folkestyre.core.Language;
import org.folkestyre.core.committee.Role;
import org.folkestyre.core.meeting.CaseRole;
import org.folkestyre.core.meeting.MeetingState;

/**
 * The words of the OParl mapping: type URLs, names of Folkestyre's extension properties, the
 * words written into OParl's free-text fields, and the JSON mapper. Needs Jackson.
 */
final class Vocabulary {
  static final String SCHEMA = "https://schema.oparl.org/1.1/";
  static final String SYSTEM = SCHEMA + "System";
  static final String BODY = SCHEMA + "Body";
  static final String LEGISLATIVE_TERM = SCHEMA + "LegislativeTerm";
  static final String ORGANIZATION = SCHEMA + "Organization";
  static final String PERSON = SCHEMA + "Person";
  static final String MEMBERSHIP = SCHEMA + "Membership";
  static final String MEETING = SCHEMA + "Meeting";
  static final String AGENDA_ITEM = SCHEMA + "AgendaItem";
  static final String PAPER = SCHEMA + "Paper";
  static final String CONSULTATION = SCHEMA + "Consultation";
  static final String FILE = SCHEMA + "File";
  static final String LOCATION = SCHEMA + "Location";

  /** OParl's suggested organizationType of a body that meets, and of a party. */
  static final String GREMIUM = "Gremium";
  static final String PARTEI = "Partei";

  /** The prefix of Folkestyre's extension properties, which OParl clients ignore. */
  static final String X = "folkestyre:";

  /** The top-level members of an export, in the order written: one per kind of object. */
  static final String[] LISTS = {"legislativeTerm", "organization", "person", "membership", "meeting", "agendaItem",
      "file", "location", "paper", "consultation"};

  private static final ObjectMapper MAPPER = createMapper();

  private Vocabulary() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper createMapper() {
    JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
    mapper.setDefaultPrettyPrinter(printer);
    return mapper;
  }

  static String meetingState(MeetingState state, Language language) {
    switch (state) {
      case PLANNED:
        return word(language, "planlagt", "planlagt", "planned");
      case CONVENED:
        return word(language, "innkalt", "indkaldt", "convened");
      case HELD:
        return word(language, "avholdt", "afholdt", "held");
      case MINUTES_APPROVED:
        return word(language, "protokoll godkjent", "referat godkendt", "minutes approved");
      default:
        return word(language, "avlyst", "aflyst", "cancelled");
    }
  }

  static String role(Role role, Language language) {
    switch (role) {
      case CHAIR:
        return word(language, "leder", "formand", "chair");
      case DEPUTY_CHAIR:
        return word(language, "nestleder", "næstformand", "deputy chair");
      case MEMBER:
        return word(language, "medlem", "medlem", "member");
      case DEPUTY_MEMBER:
        return word(language, "varamedlem", "stedfortræder", "deputy member");
      case OBSERVER:
        return word(language, "observatør", "observatør", "observer");
      default:
        return word(language, "sekretær", "sekretær", "secretary");
    }
  }

  static String caseRole(CaseRole role, Language language) {
    switch (role) {
      case PREPARING:
        return word(language, "innstilling", "indstilling", "preparing");
      case DECIDING:
        return word(language, "vedtak", "beslutning", "deciding");
      case DISCUSSING:
        return word(language, "drøfting", "drøftelse", "discussing");
      default:
        return word(language, "orientering", "orientering", "for information");
    }
  }

  static String closedItem(Language language) {
    return word(language, "Lukket sak", "Lukket punkt", "Closed item");
  }

  static String meeting(Language language) {
    return word(language, "møte", "møde", "meeting");
  }

  private static String word(Language language, String norwegian, String danish, String english) {
    switch (language) {
      case NB:
      case NN:
        return norwegian;
      case DA:
        return danish;
      default:
        return english;
    }
  }
}
