package org.folkestyre.core.consultation;

import org.folkestyre.core.LocalizedText;

/**
 * The kinds of channel through which a consultation receives input (seeds 001 and 004: dialogue
 * meetings, online one-to-one meetings, a youth podcast, digital submissions, the councils'
 * statements), and {@link #OTHER} for any participation method of the toolkit.
 */
public enum ChannelKind {
  /** A dialogue meeting with residents, businesses or umbrella organisations — dialogmøte. */
  DIALOGUE_MEETING("dialogue-meeting", LocalizedText.of("dialogmøte", "dialogmøte", "dialogmøde", "dialogue meeting")),
  /** A workshop — arbeidsverksted (NO), workshop (DK). */
  WORKSHOP("workshop", LocalizedText.of("arbeidsverksted", "arbeidsverkstad", "workshop", "workshop")),
  /** An online one-to-one conversation with a resident — nettmøte (en til en). */
  ONLINE_MEETING("online-meeting", LocalizedText.of("nettmøte (en til en)", "nettmøte (ein til ein)",
      "onlinemøde (én til én)", "online one-to-one meeting")),
  /** A podcast made with and for participants, such as Drammen's Planpodd for young people. */
  PODCAST("podcast", LocalizedText.of("podkast", "podkast", "podcast", "podcast")),
  /** A digital form on the municipality's website — digitalt innspill. */
  DIGITAL_FORM("digital-form", LocalizedText.of("digitalt skjema", "digitalt skjema", "digital formular",
      "digital form")),
  /** A letter or an e-mail — brev eller e-post (NO), brev eller e-mail (DK). */
  LETTER_OR_EMAIL("letter-or-email", LocalizedText.of("brev eller e-post", "brev eller e-post", "brev eller e-mail",
      "letter or e-mail")),
  /** A statement by a council, such as the council for people with disabilities — uttalelse. */
  COUNCIL_STATEMENT("council-statement", LocalizedText.of("uttalelse fra råd", "fråsegn frå råd",
      "udtalelse fra råd", "council statement")),
  /** A participation method of the toolkit, named by its method id. */
  OTHER("other", LocalizedText.of("annen metode", "annan metode", "anden metode", "other method"));

  private final String id;
  private final LocalizedText names;

  ChannelKind(String id, LocalizedText names) {
    this.id = id;
    this.names = names;
  }

  /**
   * Returns the stable id, as the JSON form writes it.
   *
   * @return the id, such as {@code "dialogue-meeting"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the kind's name in every language.
   *
   * @return the names
   */
  public LocalizedText names() {
    return names;
  }
}
