package org.folkestyre.core.testing;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.folkestyre.core.InvalidValueException;
import org.folkestyre.core.Language;
import org.folkestyre.core.jurisdiction.Jurisdiction;
import org.folkestyre.core.redaction.Certainty;
import org.folkestyre.core.redaction.FindingKind;
import org.folkestyre.core.redaction.Redactor;
import org.folkestyre.core.redaction.ReplacementStyle;

/**
 * Generators of synthetic identity numbers and of Norwegian and Danish prose with personal data
 * and non-personal numbers embedded at known positions, for testing redaction.
 *
 * <p><b>No real person's number.</b> Norwegian numbers are dated in 2030–2039 with an individual
 * number of 500–999 (people not born when this was written), or are Test-Norge/Tenor synthetic
 * numbers (month + 80), or felles hjelpenumre (FH, first digit 8 or 9, no date). Danish CPR
 * numbers are dated in 2037–2057 (seventh digit 5 to 8). Telephone numbers are random; e-mail
 * addresses use the reserved {@code example} domains.
 *
 * <p>A {@link Document} lists every piece of personal data with the kind and certainty a redactor
 * should report, and every non-personal number (case numbers, dates, amounts, postcodes,
 * kommunenummer, organisation numbers, years) that must survive redaction untouched. Nothing else
 * in the text is personal data: a redactor that finds more reports a false positive. The size
 * bounds the number of sentences (one more than the size).
 */
public final class RedactionGenerators {
  private static final int[] NO_WEIGHTS_1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] NO_WEIGHTS_2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
  private static final int[] DK_WEIGHTS = {4, 3, 2, 7, 6, 5, 4, 3, 2};
  private static final String NBSP = "\u00A0";

  private RedactionGenerators() {}

  /** A kind of number that is not personal data and must survive redaction. */
  public enum PreservedKind {
    /** A case, journal or meeting-case number, such as {@code 13/37262} or {@code 2021/1234}. */
    CASE_NUMBER,
    /** A date, such as {@code 12.03.2024}, {@code 2024-03-12} or {@code 12. mars 2024}. */
    DATE,
    /** An amount, such as {@code kr 50 000} or {@code 1.250.000 kr.}. */
    AMOUNT,
    /** A Norwegian or Danish postcode, four digits. */
    POSTCODE,
    /** A Norwegian kommunenummer (four digits) or Danish kommunekode (three digits). */
    MUNICIPALITY_CODE,
    /** A Norwegian organisation number (nine digits) or Danish CVR number (eight digits after "CVR"). */
    ORGANISATION_NUMBER,
    /** A year, four digits. */
    YEAR
  }

  /**
   * A piece of personal data embedded in a generated text.
   *
   * @param kind what it is
   * @param start the UTF-16 offset of its first character
   * @param end the UTF-16 offset after its last character
   * @param text the text, {@code document.text().substring(start, end)}
   * @param certainty the certainty a redactor should report
   */
  public record PersonalToken(FindingKind kind, int start, int end, String text, Certainty certainty) {}

  /**
   * A number embedded in a generated text that is not personal data.
   *
   * @param kind what it is
   * @param start the UTF-16 offset of its first character
   * @param end the UTF-16 offset after its last character
   * @param text the text, {@code document.text().substring(start, end)}
   */
  public record PreservedToken(PreservedKind kind, int start, int end, String text) {}

  /**
   * A generated text with everything embedded in it.
   *
   * @param language the language of the prose
   * @param text the text
   * @param personal the personal data, in order of position
   * @param preserved the non-personal numbers, in order of position
   */
  public record Document(Language language, String text, ImmutableList<PersonalToken> personal,
      ImmutableList<PreservedToken> preserved) {

    /**
     * Returns the text as a redactor in label or mask style should redact it: every piece of
     * personal data replaced, nothing else changed.
     *
     * @param redactor the redactor whose labels or mask to use
     * @return the expected redacted text
     */
    public String expectedText(Redactor redactor) {
      StringBuilder expected = new StringBuilder(text.length());
      int copied = 0;
      for (PersonalToken token : personal) {
        expected.append(text, copied, token.start());
        expected.append(redactor.style() == ReplacementStyle.MASK
            ? "\u2588".repeat(token.text().codePointCount(0, token.text().length())) : redactor.label(token.kind()));
        copied = token.end();
      }
      return expected.append(text, copied, text.length()).toString();
    }

    @Override
    public String toString() {
      return language.tag() + " document, " + personal.size() + " personal, " + preserved.size() + " preserved:\n"
          + text;
    }
  }

  /**
   * Returns a generator of documents in a language: Norwegian (bokmål or nynorsk) with Norwegian
   * identity numbers and {@code +47} telephone numbers, or Danish with CPR numbers and {@code +45}
   * numbers; both with e-mail addresses and the non-personal numbers of {@link PreservedKind}.
   *
   * @param language {@link Language#NB}, {@link Language#NN} or {@link Language#DA}
   * @return the generator
   * @throws InvalidValueException for English, which has no prose here
   */
  public static Generator<Document> documents(Language language) {
    Objects.requireNonNull(language, "language");
    if (language == Language.EN) {
      throw new InvalidValueException("language", language.tag(), "documents are generated in nb, nn or da");
    }
    Prose prose = language == Language.DA ? Prose.DANISH : language == Language.NN ? Prose.NYNORSK : Prose.BOKMAL;
    return (random, size) -> new Writer(language, prose, random).write(1 + size);
  }

  /**
   * Returns a generator of Norwegian numbers of a kind with valid check digits, by the rule
   * before 2032 or, for about half of them, the rule valid from 2032 (which may or may not also
   * satisfy the older rule), written as eleven digits.
   *
   * @param kind {@link FindingKind#NO_FODSELSNUMMER}, {@link FindingKind#NO_D_NUMBER} or {@link FindingKind#NO_H_NUMBER}
   * @return the generator
   * @throws InvalidValueException for another kind
   */
  public static Generator<String> norwegianNumbers(FindingKind kind) {
    Objects.requireNonNull(kind, "kind");
    if (kind != FindingKind.NO_FODSELSNUMMER && kind != FindingKind.NO_D_NUMBER && kind != FindingKind.NO_H_NUMBER) {
      throw new InvalidValueException("kind", kind, "must be a Norwegian identity number");
    }
    return (random, size) -> norwegian(kind, random);
  }

  /**
   * Returns a generator of Danish CPR numbers that pass or fail the legacy modulus-11 test,
   * written as ten digits.
   *
   * @param passesModulus11 whether the numbers pass modulus 11
   * @return the generator
   */
  public static Generator<String> cprNumbers(boolean passesModulus11) {
    return (random, size) -> cpr(passesModulus11, random);
  }

  // ------------------------------------------------------------------ numbers

  private static String norwegian(FindingKind kind, RandomGenerator random) {
    while (true) {
      int[] d = new int[11];
      boolean fh = kind == FindingKind.NO_H_NUMBER && random.nextInt(4) == 0;
      if (fh) {
        d[0] = 8 + random.nextInt(2);
        for (int i = 1; i < 9; i++) {
          d[i] = random.nextInt(10);
        }
      } else {
        boolean synthetic = kind != FindingKind.NO_H_NUMBER && random.nextInt(3) == 0;
        LocalDate date = LocalDate.of(synthetic ? 1940 + random.nextInt(90) : 2030 + random.nextInt(10), 1, 1)
            .plusDays(random.nextInt(365));
        int day = date.getDayOfMonth() + (kind == FindingKind.NO_D_NUMBER ? 40 : 0);
        int month = date.getMonthValue() + (kind == FindingKind.NO_H_NUMBER ? 40 : synthetic ? 80 : 0);
        int year = date.getYear() % 100;
        int individual = synthetic ? random.nextInt(1000) : 500 + random.nextInt(500);
        int[] parts = {day / 10, day % 10, month / 10, month % 10, year / 10, year % 10,
            individual / 100, individual / 10 % 10, individual % 10};
        System.arraycopy(parts, 0, d, 0, 9);
      }
      int rest = random.nextBoolean() ? 0 : random.nextInt(4);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += NO_WEIGHTS_1[i] * d[i];
      }
      d[9] = Math.floorMod(rest - sum, 11);
      if (d[9] == 10) {
        continue;
      }
      int second = 0;
      for (int i = 0; i < 10; i++) {
        second += NO_WEIGHTS_2[i] * d[i];
      }
      d[10] = Math.floorMod(-second, 11);
      if (d[10] == 10) {
        continue;
      }
      return digits(d);
    }
  }

  private static String cpr(boolean passesModulus11, RandomGenerator random) {
    while (true) {
      LocalDate date = LocalDate.of(2037 + random.nextInt(21), 1, 1).plusDays(random.nextInt(365));
      int[] d = new int[10];
      int[] parts = {date.getDayOfMonth() / 10, date.getDayOfMonth() % 10, date.getMonthValue() / 10,
          date.getMonthValue() % 10, date.getYear() % 100 / 10, date.getYear() % 10, 5 + random.nextInt(4),
          random.nextInt(10), random.nextInt(10)};
      System.arraycopy(parts, 0, d, 0, 9);
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += DK_WEIGHTS[i] * d[i];
      }
      int check = Math.floorMod(-sum, 11);
      if (passesModulus11) {
        if (check == 10) {
          continue;
        }
        d[9] = check;
      } else {
        d[9] = random.nextInt(10);
        if (d[9] == check) {
          d[9] = (d[9] + 1) % 10;
        }
      }
      return digits(d);
    }
  }

  private static String digits(int[] d) {
    StringBuilder text = new StringBuilder(d.length);
    for (int digit : d) {
      text.append((char) ('0' + digit));
    }
    return text.toString();
  }

  private static String randomDigits(RandomGenerator random, int count, char firstFrom) {
    StringBuilder text = new StringBuilder(count);
    text.append((char) (firstFrom + random.nextInt('9' - firstFrom + 1)));
    for (int i = 1; i < count; i++) {
      text.append((char) ('0' + random.nextInt(10)));
    }
    return text.toString();
  }

  private static <T> T pick(RandomGenerator random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  // ------------------------------------------------------------------ prose

  /**
   * The phrases of one language. A lead-in ends just before a token; a phone lead-in whose last
   * word is a cue such as "tlf" is listed as cued.
   */
  private record Prose(
      ImmutableList<String> fillers, ImmutableList<String> idLeadIns, ImmutableList<String> dLeadIns,
      ImmutableList<String> hLeadIns, ImmutableList<String> cuedPhoneLeadIns, ImmutableList<String> phoneLeadIns,
      ImmutableList<String> emailLeadIns, ImmutableList<String> caseLeadIns, ImmutableList<String> dateLeadIns,
      ImmutableList<String> amountLeadIns, ImmutableList<String> postcodeLeadIns, ImmutableList<String> places,
      ImmutableList<String> municipalityLeadIns, ImmutableList<String> organisationLeadIns,
      ImmutableList<String> yearLeadIns, ImmutableList<String> tails, ImmutableList<String> months) {

    static final Prose BOKMAL = new Prose(
        ImmutableList.of("Jeg er positiv til planen for sentrum.", "Vi ønsker flere gang- og sykkelveier i bydelen.",
            "Parken må bevares for barna.", "Det er viktig at kommunen lytter til innbyggerne.",
            "Naboen min Per Hansen er også bekymret.", "Trafikken i gata har økt mye de siste årene.",
            "Barnehagen trenger et større uteområde.", "Vi ber om at saken utsettes.",
            "Dette er et innspill fra velforeningen.", "Jeg har vært syk lenge og trenger et bedre busstilbud.",
            "Takk for et godt møte i går!", "Hvorfor skal skolen legges ned?", "Vi var 25 personer på møtet kl. 18.00.",
            "Bussen går hvert 15. minutt, og det er for sjelden.", "Se punkt 3.2 i planen og side 14."),
        ImmutableList.of("Fødselsnummeret mitt er ", "Mitt fødselsnummer: ", "Fnr. ", "Jeg oppgir fødselsnummer ",
            "Søker (fnr. "),
        ImmutableList.of("D-nummer: ", "Mitt D-nummer er ", "Jeg har D-nummer "),
        ImmutableList.of("H-nummer ", "Hjelpenummeret er ", "Pasienten har hjelpenummer "),
        ImmutableList.of("Tlf. ", "Tlf.", "Telefon: ", "Telefon:", "Mobil ", "Ring ", "Kontakt meg (tlf. "),
        ImmutableList.of("Ring meg på ", "Du når meg på ", "Send SMS til ", "Nummeret mitt er "),
        ImmutableList.of("Skriv til ", "E-post: ", "Kontakt meg på ", "Svar sendes til ", "Spørsmål kan sendes ("),
        ImmutableList.of("Jeg viser til sak ", "Saksnummer: ", "Dette gjelder saksnummer ", "Se sak ", "Innspill til ("),
        ImmutableList.of("Møtet holdes ", "Fristen er ", "Vedtaket ble fattet ", "Planen ble vedtatt den "),
        ImmutableList.of("Prosjektet koster ", "Kommunen har satt av ", "Vi søker om ", "Tilskuddet er på "),
        ImmutableList.of("Adressen er Storgata 5, ", "Vi holder til i Kirkeveien 12b, ", "Postadresse: Postboks 7500, "),
        ImmutableList.of(" Drammen", " Oslo", " Bergen", " Trondheim", " Tromsø", " Lillestrøm"),
        ImmutableList.of("Kommunenummeret er ", "Kommunen har kommunenummer ", "Gjelder kommune "),
        ImmutableList.of("Organisasjonsnummer ", "Foreningen har org.nr. ", "Orgnr: "),
        ImmutableList.of("Planen gjelder fra ", "Dette skjedde i ", "Fra og med "),
        ImmutableList.of(".", "!", "?", " i dag.", ", takk.", " og ikke noe annet."),
        ImmutableList.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember"));

    static final Prose NYNORSK = new Prose(
        ImmutableList.of("Eg er positiv til planen for sentrum.", "Vi ønskjer fleire gang- og sykkelvegar i bydelen.",
            "Parken må takast vare på for borna.", "Det er viktig at kommunen lyttar til innbyggjarane.",
            "Grannen min Kari Olsen er òg uroa.", "Trafikken i gata har auka mykje dei siste åra.",
            "Barnehagen treng eit større uteområde.", "Vi ber om at saka vert utsett.",
            "Dette er eit innspel frå velforeininga.", "Takk for eit godt møte i går!",
            "Kvifor skal skulen leggjast ned?", "Vi var 40 personar på møtet kl. 19.30."),
        ImmutableList.of("Fødselsnummeret mitt er ", "Fnr. ", "Eg oppgjev fødselsnummer "),
        ImmutableList.of("D-nummer: ", "D-nummeret mitt er "),
        ImmutableList.of("H-nummer ", "Hjelpenummeret er "),
        ImmutableList.of("Tlf. ", "Telefon: ", "Mobil ", "Ring "),
        ImmutableList.of("Ring meg på ", "Du når meg på ", "Nummeret mitt er "),
        ImmutableList.of("Skriv til ", "E-post: ", "Kontakt meg på "),
        ImmutableList.of("Eg viser til sak ", "Saksnummer: ", "Sjå sak "),
        ImmutableList.of("Møtet vert halde ", "Fristen er ", "Vedtaket vart gjort "),
        ImmutableList.of("Prosjektet kostar ", "Kommunen har sett av ", "Vi søkjer om "),
        ImmutableList.of("Adressa er Storgata 5, ", "Vi held til i Kyrkjevegen 12, "),
        ImmutableList.of(" Volda", " Førde", " Voss", " Ørsta"),
        ImmutableList.of("Kommunenummeret er ", "Gjeld kommune "),
        ImmutableList.of("Organisasjonsnummer ", "Laget har org.nr. "),
        ImmutableList.of("Planen gjeld frå ", "Dette hende i "),
        ImmutableList.of(".", "!", " i dag.", ", takk."),
        ImmutableList.of("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "desember"));

    static final Prose DANISH = new Prose(
        ImmutableList.of("Jeg er positiv over for planen for midtbyen.", "Vi ønsker flere cykelstier i kvarteret.",
            "Parken skal bevares for børnenes skyld.", "Det er vigtigt, at kommunen lytter til borgerne.",
            "Min nabo Jens Hansen er også bekymret.", "Trafikken på vejen er steget meget de seneste år.",
            "Børnehaven har brug for en større legeplads.", "Vi beder om, at sagen udsættes.",
            "Dette er et høringssvar fra grundejerforeningen.", "Tak for et godt borgermøde!",
            "Hvorfor skal skolen lukkes?", "Vi var 30 borgere til mødet kl. 17.00."),
        ImmutableList.of("Mit CPR-nummer er ", "CPR-nr. ", "Personnummer: ", "Jeg oplyser mit cpr-nummer ",
            "Ansøger (cpr. "),
        ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of("Tlf. ", "Telefon: ", "Mobil: ", "Ring "),
        ImmutableList.of("Ring til mig på ", "Du kan ringe på ", "Mit nummer er "),
        ImmutableList.of("Skriv til ", "E-mail: ", "Kontakt mig på ", "Svar sendes til "),
        ImmutableList.of("Jeg henviser til sag ", "Sagsnummer: ", "Se sag ", "Høringssvar til ("),
        ImmutableList.of("Mødet holdes ", "Fristen er ", "Beslutningen blev truffet "),
        ImmutableList.of("Projektet koster ", "Kommunen har afsat ", "Vi søger om "),
        ImmutableList.of("Adressen er Algade 5, ", "Vi bor på Kirkevej 12, "),
        ImmutableList.of(" Aarhus C", " København Ø", " Odense C", " Aalborg", " Holbæk"),
        ImmutableList.of("Kommunekoden er ", "Det gælder kommune "),
        ImmutableList.of("CVR ", "CVR-nr. ", "Foreningens CVR-nummer: "),
        ImmutableList.of("Planen gælder fra ", "Det skete i "),
        ImmutableList.of(".", "!", " i dag.", ", tak."),
        ImmutableList.of("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
            "november", "december"));
  }

  /** Writes one document, recording every token it embeds. */
  private static final class Writer {
    private final Language language;
    private final Prose prose;
    private final RandomGenerator random;
    private final boolean danish;
    private final StringBuilder text = new StringBuilder();
    private final List<PersonalToken> personal = new ArrayList<>();
    private final List<PreservedToken> preserved = new ArrayList<>();

    Writer(Language language, Prose prose, RandomGenerator random) {
      this.language = language;
      this.prose = prose;
      this.random = random;
      this.danish = language == Language.DA;
    }

    Document write(int sentences) {
      for (int i = 0; i < sentences; i++) {
        if (i > 0) {
          text.append(pick(random, ImmutableList.of(" ", " ", " ", "\n", "\n\n")));
        }
        int choice = random.nextInt(10);
        if (choice < 2) {
          text.append(pick(random, prose.fillers()));
        } else if (choice < 6) {
          personalSentence();
        } else {
          preservedSentence();
        }
      }
      return new Document(language, text.toString(), ImmutableList.copyOf(personal), ImmutableList.copyOf(preserved));
    }

    private void personalSentence() {
      int choice = random.nextInt(danish ? 3 : 5);
      switch (choice) {
        case 0: {
          boolean cued = random.nextBoolean();
          String leadIn = pick(random, cued ? prose.cuedPhoneLeadIns() : prose.phoneLeadIns());
          text.append(leadIn);
          Phone phone = phone();
          addPersonal(FindingKind.PHONE, phone.text,
              phone.prefixed || cued ? Certainty.CERTAIN : Certainty.PROBABLE);
          tail(leadIn);
          break;
        }
        case 1: {
          String leadIn = pick(random, prose.emailLeadIns());
          text.append(leadIn);
          addPersonal(FindingKind.EMAIL, email(), Certainty.CERTAIN);
          tail(leadIn);
          break;
        }
        case 2: {
          String leadIn = pick(random, prose.idLeadIns());
          text.append(leadIn);
          if (danish) {
            boolean passes = random.nextBoolean();
            String number = cpr(passes, random);
            addPersonal(FindingKind.DK_CPR, split(number, 6), passes ? Certainty.CERTAIN : Certainty.PROBABLE);
          } else {
            identity(FindingKind.NO_FODSELSNUMMER);
          }
          tail(leadIn);
          break;
        }
        case 3: {
          String leadIn = pick(random, prose.dLeadIns());
          text.append(leadIn);
          identity(FindingKind.NO_D_NUMBER);
          tail(leadIn);
          break;
        }
        default: {
          String leadIn = pick(random, prose.hLeadIns());
          text.append(leadIn);
          identity(FindingKind.NO_H_NUMBER);
          tail(leadIn);
          break;
        }
      }
    }

    /** Writes a Norwegian number, valid or with its last digit mistyped. */
    private void identity(FindingKind kind) {
      String number = norwegian(kind, random);
      // an FH-number has no date: only valid check digits make it one
      boolean mistyped = number.charAt(0) < '8' && random.nextInt(3) == 0;
      if (mistyped) {
        char last = number.charAt(10);
        number = number.substring(0, 10) + (char) ('0' + (last - '0' + 1 + random.nextInt(9)) % 10);
      }
      addPersonal(kind, split(number, 6), mistyped ? Certainty.PROBABLE : Certainty.CERTAIN);
    }

    /** Writes a number whole, or split after its date by a space, a no-break space or a hyphen. */
    private String split(String number, int at) {
      String separator = pick(random, ImmutableList.of("", "", " ", "-", NBSP));
      return number.substring(0, at) + separator + number.substring(at);
    }

    private void preservedSentence() {
      PreservedKind kind = pick(random, List.of(PreservedKind.values()));
      String leadIn;
      String token;
      String after = "";
      switch (kind) {
        case CASE_NUMBER:
          leadIn = pick(random, prose.caseLeadIns());
          token = CaseNumberGenerators.valid(danish ? Jurisdiction.denmark() : Jurisdiction.norway(), 2024)
              .generate(random, random.nextInt(20)).text().strip();
          break;
        case DATE:
          leadIn = pick(random, prose.dateLeadIns());
          token = date();
          break;
        case AMOUNT:
          leadIn = pick(random, prose.amountLeadIns());
          token = amount();
          break;
        case POSTCODE:
          leadIn = pick(random, prose.postcodeLeadIns());
          token = randomDigits(random, 4, '0');
          after = pick(random, prose.places());
          break;
        case MUNICIPALITY_CODE:
          leadIn = pick(random, prose.municipalityLeadIns());
          token = danish ? randomDigits(random, 3, '1') : randomDigits(random, 4, '0');
          break;
        case ORGANISATION_NUMBER:
          leadIn = pick(random, prose.organisationLeadIns());
          token = danish ? randomDigits(random, 8, '1') : grouped(randomDigits(random, 9, '8'));
          break;
        default:
          leadIn = pick(random, prose.yearLeadIns());
          token = String.valueOf(1950 + random.nextInt(100));
          break;
      }
      text.append(leadIn);
      int start = text.length();
      text.append(token);
      preserved.add(new PreservedToken(kind, start, text.length(), token));
      text.append(after);
      tail(leadIn);
    }

    private String grouped(String nineDigits) {
      return random.nextBoolean() ? nineDigits
          : nineDigits.substring(0, 3) + " " + nineDigits.substring(3, 6) + " " + nineDigits.substring(6);
    }

    private String date() {
      LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 40));
      int day = date.getDayOfMonth();
      int month = date.getMonthValue();
      switch (random.nextInt(5)) {
        case 0:
          return String.format("%02d.%02d.%d", day, month, date.getYear());
        case 1:
          return day + "." + month + "." + date.getYear();
        case 2:
          return date.toString();
        case 3:
          return day + ". " + prose.months().get(month - 1) + " " + date.getYear();
        default:
          return String.format("%02d.%02d.%02d", day, month, date.getYear() % 100);
      }
    }

    private String amount() {
      long value = 1 + random.nextLong(random.nextBoolean() ? 100_000 : 100_000_000);
      String grouping = danish ? "." : pick(random, ImmutableList.of(" ", NBSP));
      StringBuilder number = new StringBuilder(Long.toString(value));
      for (int i = number.length() - 3; i > 0; i -= 3) {
        number.insert(i, grouping);
      }
      String decimals = random.nextInt(4) == 0 ? "," + randomDigits(random, 2, '0') : "";
      String amount = number + decimals;
      if (danish) {
        return pick(random, ImmutableList.of("kr. " + amount, amount + " kr.", "DKK " + amount, amount + " kroner"));
      }
      return pick(random, ImmutableList.of("kr " + amount, amount + " kr", "NOK " + amount, amount + " kroner",
          number + ",-"));
    }

    private void tail(String leadIn) {
      if (leadIn.endsWith("(") || leadIn.endsWith("(tlf. ") || leadIn.endsWith("(fnr. ") || leadIn.endsWith("(cpr. ")) {
        text.append(").");
      } else {
        text.append(pick(random, prose.tails()));
      }
    }

    private void addPersonal(FindingKind kind, String token, Certainty certainty) {
      int start = text.length();
      text.append(token);
      personal.add(new PersonalToken(kind, start, text.length(), token, certainty));
    }

    /** A telephone number as written, and whether it has a country code. */
    private record Phone(String text, boolean prefixed) {}

    private Phone phone() {
      String country = danish ? "45" : "47";
      String space = random.nextInt(4) == 0 ? NBSP : " ";
      if (random.nextInt(3) == 0) {
        String body = randomDigits(random, 8, '2');
        String formatted = danish || random.nextBoolean()
            ? body.substring(0, 2) + space + body.substring(2, 4) + space + body.substring(4, 6) + space + body.substring(6)
            : body.substring(0, 3) + space + body.substring(3, 5) + space + body.substring(5);
        return new Phone(pick(random, ImmutableList.of("+" + country + " " + formatted, "+" + country + body,
            "00" + country + " " + body, "00" + country + " " + formatted, "(+" + country + ") " + formatted,
            "+" + country + " " + body)), true);
      }
      switch (random.nextInt(4)) {
        case 0:
          return new Phone(randomDigits(random, 8, '4'), false);
        case 1: {
          String body = randomDigits(random, 8, '2');
          return new Phone(body.substring(0, 3) + space + body.substring(3, 5) + space + body.substring(5), false);
        }
        case 2: {
          String body = randomDigits(random, 8, '2');
          return new Phone(body.substring(0, 2) + space + body.substring(2, 4) + space + body.substring(4, 6) + space
              + body.substring(6), false);
        }
        default: {
          String body = randomDigits(random, 8, '4');
          return new Phone(body.substring(0, 4) + space + body.substring(4), false);
        }
      }
    }

    private String email() {
      String name = pick(random, ImmutableList.of("kari", "ola", "per", "anne", "lars", "ingrid", "mette", "jens",
          "bjørn", "søren", "post", "styret"));
      String local = switch (random.nextInt(4)) {
        case 0 -> name;
        case 1 -> name + "." + pick(random, ImmutableList.of("nordmann", "hansen", "olsen", "jensen"));
        case 2 -> name + random.nextInt(100);
        default -> name + "+høring";
      };
      String domain = pick(random, ImmutableList.of("example.no", "example.dk", "example.com", "post.example.org",
          "example.net"));
      return local + "@" + domain;
    }
  }
}
