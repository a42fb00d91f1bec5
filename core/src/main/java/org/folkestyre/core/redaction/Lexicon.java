package org.folkestyre.core.redaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words the redactor knows, in bokmål, nynorsk and Danish, in one trie walked a character at
 * a time while the scanner reads a word.
 *
 * <p>An entry is a whole word ({@code "syk"}) or a stem ending in {@code *} that matches every word
 * starting with it ({@code "sykdom*"} matches "sykdommen"). Each entry has a class: a keyword of a
 * special category (with its topic), a word for a relation or a title that a name may follow, a cue
 * that a telephone number follows, a word after which eight digits are no telephone
 * number (an amount, an organisation or case number), a word that does not interrupt such a cue
 * ("nr"), or a preposition, which ends the search for a name. Matching ignores case; a whole word
 * wins over a stem.
 */
final class Lexicon {
  /** The word is not in the lexicon. */
  static final int NONE = 0;
  /** A special-category keyword; the low bits hold the {@link SensitiveTopic} ordinal. */
  static final int SPECIAL = 1 << 4;
  /** A word for a relation (naboen, søster, kollega): a name may follow. */
  static final int RELATION = 2 << 4;
  /** A title (fru, herr): a name follows. */
  static final int TITLE = 3 << 4;
  /** A cue that a telephone number follows (tlf, mobil). */
  static final int PHONE_CUE = 4 << 4;
  /** After this word eight digits are no telephone number: an amount, an organisation, case or account number. */
  static final int NOT_PHONE_CUE = 6 << 4;
  /** A word that keeps the cue before it (nr, nummer). */
  static final int TRANSPARENT = 7 << 4;
  /** A preposition, which ends the search for a name after a relation. */
  static final int PREPOSITION = 8 << 4;
  /** The mask of the class bits. */
  static final int CLASS_MASK = 0xF0;
  /** The mask of the topic bits of a {@link #SPECIAL} word. */
  static final int TOPIC_MASK = 0x0F;

  private static final String[] HEALTH = {
      "sykdom*", "sjukdom*", "sygdom*", "syk", "syke", "sykt", "sjuk", "sjuke", "syg", "syge", "diagnos*",
      "kreft*", "kræft*", "depresj*", "depressi*", "deprimer*", "psykisk*", "psykiatri*", "psykolog*", "psykose*",
      "psykot*", "schizofren*", "angstlidelse*", "panikkangst*", "rusavheng*", "rusmisbruk*", "rusproblem*",
      "stoffmisbruk*", "misbrug*", "alkoholi*", "narkoman*", "diabet*", "demens*", "dement", "demente", "autis*",
      "adhd", "epilep*", "hiv", "aids", "gravid*", "svangerskap*", "graviditet*", "abort*", "funksjonshem*",
      "funksjonsnedsett*", "handikap*", "handicap*", "uføretrygd*", "uførepensjon*", "ufør", "uføre",
      "førtidspension*", "sykemeld*", "sjukmeld*", "sykmeld*", "sygemeld*", "sykehus*", "sjukehus*", "sygehus*",
      "medisin*", "medicin*", "fastlege*", "lege", "legen", "legens", "læge", "lægen", "lægens", "rehabiliter*",
      "hjerneslag*", "hjerteinfarkt*", "blodprop*", "kols", "astma*", "allergi*", "overdose*", "selvmord*",
      "sjølvmord*", "spiseforstyrr*", "anoreksi*", "bulimi*", "sklerose*", "parkinson*", "alzheimer*",
      "rullestol*", "kørestol*", "blind", "blinde", "døv", "døve", "utviklingshem*", "udviklingshæm*",
      "helseplag*", "helseproblem*", "helbredsproblem*", "smerter", "innlagt", "indlagt", "terapi*",
      "pleietrengende", "hjemmesykepleie*", "hjemmesjukepleie*", "hjemmesygepleje*"};
  private static final String[] RELIGION = {
      "religi*", "muslim*", "islam*", "kristen", "kristne", "kristendom*", "jøde", "jøder", "jødene", "jøderne",
      "jødisk*", "jødedom*", "buddhis*", "hindu*", "ateist*", "moské*", "moske", "moskeen", "moskeer",
      "synagog*", "menighet*", "menighed*", "frikirke*", "trossamfunn*", "trossamfund*", "livssyn*",
      "humanetisk*", "katolsk*", "katolikk*", "katolik*", "pinsevenn*"};
  private static final String[] ETHNIC = {
      "etnisk*", "etnisitet*", "etnicitet*", "rase", "rasen", "racen", "hudfarge*", "hudfarve*",
      "innvandrerbakgrunn*", "indvandrerbaggrund*", "minoritetsbakgrunn*", "minoritetsbaggrund*", "romfolk*",
      "romani*", "tatere", "taterne", "kvener", "kvensk*", "samer", "samene", "samisk*"};
  private static final String[] SEX = {
      "homofil*", "homoseksu*", "lesbisk*", "lesbe*", "bifil*", "biseksu*", "transperson*", "transkjønn*",
      "transkøn*", "skeiv*", "queer", "seksuell*", "seksuel*", "legning*", "kjønnsidentitet*", "kønsidentitet*",
      "kjønnsskifte*", "kønsskifte*"};
  private static final String[] UNION = {
      "fagforening*", "fagforbund*", "fagorganiser*", "tillitsvalgt*", "tillidsrepræsentant*", "tillidsmand*"};
  private static final String[] GENETIC = {
      "genetisk*", "gentest*", "dna", "biometri*", "fingeravtrykk*", "fingeraftryk*", "arvelig*"};
  private static final String[] CRIMINAL = {
      "straffedømt*", "dømt", "dømte", "domfelt*", "fengsel*", "fengslet", "fengsla", "fængsel*", "fængslet",
      "siktet", "sikta", "sigtet", "tiltalt", "tiltale*", "straffesak*", "straffesag*", "kriminell*", "kriminel*",
      "politianmeld*", "voldtekt*", "voldtægt*", "narkotika*", "soning", "soner", "afsoning*", "forvaring*",
      "straffeattest*", "børneattest*", "politiattest*", "vold", "volden", "voldelig*", "tyveri*", "innbrudd*",
      "indbrud*"};
  private static final String[] RELATIONS = {
      // bokmål
      "nabo", "naboen", "naboene", "naboer", "nabokona", "nabokone", "gjenboer", "gjenboeren", "kollega",
      "kollegaen", "kollegaene", "kollegaer", "sjef", "sjefen", "mor", "moren", "mora", "far", "faren", "sønn",
      "sønnen", "datter", "datteren", "dattera", "bror", "broren", "søster", "søsteren", "søstera", "kone",
      "kona", "konen", "mann", "mannen", "samboer", "samboeren", "ektefelle", "ektefellen", "kjæreste",
      "kjæresten", "venn", "vennen", "venninne", "venninnen", "venninna", "barnet", "eleven", "læreren",
      "pasienten", "beboer", "beboeren", "onkel", "onkelen", "tante", "tanten", "tanta", "bestemor", "bestefar",
      "farmor", "farfar", "mormor", "morfar", "svigermor", "svigerfar", "svoger", "svigerinne", "fetter",
      "kusine", "nevø", "niese", "utleier", "utleieren", "leietaker", "leietakeren", "eier", "eieren",
      // nynorsk
      "granne", "grannen", "grannane", "son", "sonen", "dotter", "dottera", "syster", "systera", "sambuar",
      "sambuaren", "ven", "venen", "bebuar", "bebuaren", "kjærast", "kjærasten", "lærar", "læraren",
      // dansk
      "genbo", "genboen", "chef", "chefen", "søn", "mand", "manden", "ægtefælle", "ægtefællen", "samlever",
      "samleveren", "kæreste", "kæresten", "veninde", "veninden", "patienten", "udlejer", "udlejeren", "lejer",
      "lejeren", "ejer", "ejeren"};
  private static final String[] TITLES = {"herr", "hr", "fru", "frk", "frøken", "familien"};
  private static final String[] PHONE_CUES = {
      "tlf", "telefon", "telefonen", "telefonnummer", "telefonnummeret", "telefonnr", "tel", "mobil", "mobilen",
      "mobilnummer", "mobilnummeret", "mobilnr", "mob", "mobiltelefon", "ring", "ringe", "ringer", "ringes",
      "sms", "kontakttelefon", "hjemmetelefon"};
  private static final String[] NOT_PHONE_CUES = {
      "kr", "kroner", "krone", "nok", "dkk", "eur", "euro", "cvr", "cvrnr", "orgnr", "org", "organisasjonsnummer",
      "organisasjonsnr", "organisationsnummer", "foretaksnummer", "sak", "saka", "saken", "saksnr", "saksnummer",
      "saksnummeret", "sag", "sagen", "sagsnr", "sagsnummer", "journalnr", "journalnummer", "jnr", "arkivsak",
      "arkivsaksnummer", "konto", "kontonr", "kontonummer", "kontonummeret", "bankkonto", "kid", "kidnummer",
      "faktura", "fakturanr", "fakturanummer", "ordrenr", "ordrenummer", "referanse", "ref", "refnr",
      "postboks", "gnr", "bnr", "matrikkel", "matrikkelnummer", "matrikelnummer", "reg", "regnr", "isbn", "år",
      "året", "årene", "beløp", "beløb", "beløpet", "beløbet"};
  private static final String[] TRANSPARENTS = {"nr", "nummer", "no", "num"};
  private static final String[] PREPOSITIONS = {
      "i", "på", "fra", "til", "ved", "av", "af", "om", "mot", "mod", "hos", "under", "over", "etter", "efter",
      "gjennom", "igjennom", "igennem", "bak", "bag", "foran", "mellom", "mellem", "langs", "utenfor", "udenfor",
      "rundt", "innen", "inden"};

  private static final Lexicon INSTANCE = new Lexicon();

  /** The size of the direct table of the root's children, which covers Latin-1 and Latin Extended-A. */
  private static final int ROOT_TABLE = 0x180;

  private final int[] rootTable = new int[ROOT_TABLE];
  /** The edges below the root in an open-addressing table: key {@code node << 16 | character}, value the child. */
  private final int[] edgeKeys;
  private final int[] edgeChildren;
  private final int edgeMask;
  private final int[] wordClass;
  private final int[] stemClass;

  private Lexicon() {
    Builder builder = new Builder();
    addAll(builder, HEALTH, SPECIAL | SensitiveTopic.HEALTH.ordinal());
    addAll(builder, RELIGION, SPECIAL | SensitiveTopic.RELIGION_OR_BELIEF.ordinal());
    addAll(builder, ETHNIC, SPECIAL | SensitiveTopic.ETHNIC_ORIGIN.ordinal());
    addAll(builder, SEX, SPECIAL | SensitiveTopic.SEX_LIFE_OR_ORIENTATION.ordinal());
    addAll(builder, UNION, SPECIAL | SensitiveTopic.TRADE_UNION.ordinal());
    addAll(builder, GENETIC, SPECIAL | SensitiveTopic.GENETIC_OR_BIOMETRIC.ordinal());
    addAll(builder, CRIMINAL, SPECIAL | SensitiveTopic.CRIMINAL_MATTER.ordinal());
    addAll(builder, RELATIONS, RELATION);
    addAll(builder, TITLES, TITLE);
    addAll(builder, PHONE_CUES, PHONE_CUE);
    addAll(builder, NOT_PHONE_CUES, NOT_PHONE_CUE);
    addAll(builder, TRANSPARENTS, TRANSPARENT);
    addAll(builder, PREPOSITIONS, PREPOSITION);
    int size = builder.keys.size();
    wordClass = new int[size];
    stemClass = new int[size];
    int edges = 0;
    for (int node = 0; node < size; node++) {
      wordClass[node] = builder.wordClass.get(node);
      stemClass[node] = builder.stemClass.get(node);
      edges += builder.keys.get(node).size();
    }
    int capacity = Integer.highestOneBit(Math.max(16, edges * 4) - 1) << 1;
    edgeKeys = new int[capacity];
    edgeChildren = new int[capacity];
    edgeMask = capacity - 1;
    Arrays.fill(edgeKeys, -1);
    Arrays.fill(rootTable, -1);
    for (int node = 0; node < size; node++) {
      List<Character> nodeKeys = builder.keys.get(node);
      for (int i = 0; i < nodeKeys.size(); i++) {
        char c = nodeKeys.get(i);
        int child = builder.children.get(node).get(i);
        if (node == 0) {
          rootTable[c] = child;
        } else {
          int key = node << 16 | c;
          int slot = hash(key) & edgeMask;
          while (edgeKeys[slot] != -1) {
            slot = (slot + 1) & edgeMask;
          }
          edgeKeys[slot] = key;
          edgeChildren[slot] = child;
        }
      }
    }
  }

  private static int hash(int key) {
    int h = key * 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  /** Returns the shared lexicon. */
  static Lexicon instance() {
    return INSTANCE;
  }

  /** The root node, where every word starts. */
  static int root() {
    return 0;
  }

  /**
   * Returns the node reached from a node by a character, or -1.
   *
   * @param node the node
   * @param c the character, already in lower case
   */
  int child(int node, char c) {
    if (node == 0) {
      return c < ROOT_TABLE ? rootTable[c] : -1;
    }
    int key = node << 16 | c;
    int slot = hash(key) & edgeMask;
    while (true) {
      int found = edgeKeys[slot];
      if (found == key) {
        return edgeChildren[slot];
      }
      if (found == -1) {
        return -1;
      }
      slot = (slot + 1) & edgeMask;
    }
  }

  /** Returns the class of the whole word that ends at a node, or {@link #NONE}. */
  int wordClass(int node) {
    return wordClass[node];
  }

  /** Returns the class of the stem that ends at a node, or {@link #NONE}. */
  int stemClass(int node) {
    return stemClass[node];
  }

  private static void addAll(Builder builder, String[] entries, int wordClass) {
    for (String entry : entries) {
      builder.add(entry, wordClass);
    }
  }

  /** Collects the trie's nodes in lists before they are frozen into arrays. */
  private static final class Builder {
    final List<List<Character>> keys = new ArrayList<>();
    final List<List<Integer>> children = new ArrayList<>();
    final List<Integer> wordClass = new ArrayList<>();
    final List<Integer> stemClass = new ArrayList<>();

    Builder() {
      newNode();
    }

    private int newNode() {
      keys.add(new ArrayList<>());
      children.add(new ArrayList<>());
      wordClass.add(NONE);
      stemClass.add(NONE);
      return keys.size() - 1;
    }

    void add(String entry, int entryClass) {
      boolean stem = entry.endsWith("*");
      String word = stem ? entry.substring(0, entry.length() - 1) : entry;
      int node = 0;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        int index = keys.get(node).indexOf(c);
        if (index < 0) {
          int next = newNode();
          keys.get(node).add(c);
          children.get(node).add(next);
          node = next;
        } else {
          node = children.get(node).get(index);
        }
      }
      List<Integer> target = stem ? stemClass : wordClass;
      if (target.get(node) != NONE && target.get(node) != entryClass) {
        throw new IllegalStateException("lexicon entry '" + entry + "' has two classes");
      }
      target.set(node, entryClass);
    }
  }
}
