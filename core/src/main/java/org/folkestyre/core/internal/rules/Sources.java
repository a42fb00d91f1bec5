package org.folkestyre.core.internal.rules;

import java.net.URI;
import org.folkestyre.core.governance.Citation;

/** The legal and local-policy sources the built-in rules cite. */
final class Sources {
  static final URI KOMMUNELOVEN = URI.create("https://lovdata.no/dokument/NL/lov/2018-06-22-83");
  static final URI STYRELSESLOVEN = URI.create("https://www.retsinformation.dk/eli/lta/2019/47");
  static final URI FORVALTNINGSLOVEN_NO = URI.create("https://lovdata.no/dokument/NL/lov/1967-02-10");
  static final URI FORVALTNINGSLOVEN_DK = URI.create("https://www.retsinformation.dk/eli/lta/2014/433");
  static final URI PLAN_OG_BYGNINGSLOVEN = URI.create("https://lovdata.no/dokument/NL/lov/2008-06-27-71");
  static final URI PLANLOVEN = URI.create("https://danskelove.dk/planloven/24");

  private Sources() {}

  /** Kommuneloven (LOV-2018-06-22-83), a section and paragraph. */
  static Citation kommuneloven(String section, String paragraph) {
    return Citation.law("kommuneloven", "LOV-2018-06-22-83", section, paragraph, KOMMUNELOVEN);
  }

  /** Lov om kommunernes styrelse (LBK nr 47 af 15/01/2019), a section and paragraph. */
  static Citation styrelsesloven(String section, String paragraph) {
    return Citation.law("kommunestyrelsesloven", "LBK nr 47 af 15/01/2019", section, paragraph, STYRELSESLOVEN);
  }

  /** The Norwegian forvaltningsloven of 1967 (LOV-1967-02-10), a section and paragraph. */
  static Citation forvaltningslovenNorway(String section, String paragraph) {
    return Citation.law("forvaltningsloven", "LOV-1967-02-10", section, paragraph, FORVALTNINGSLOVEN_NO);
  }

  /** The Danish forvaltningslov (LBK nr 433 af 22/04/2014), a section and paragraph. */
  static Citation forvaltningslovenDenmark(String section, String paragraph) {
    return Citation.law("forvaltningsloven", "LBK nr 433 af 22/04/2014", section, paragraph, FORVALTNINGSLOVEN_DK);
  }

  /** Drammen's neighbourhood-democracy scheme, adopted by the joint merger committee. */
  static Citation drammenNeighbourhoodDemocracy() {
    return Citation.localPolicy("Drammen kommune, fellesnemnda",
        "lokaldemokrati: nærdemokratiordning i alle 10 kommunedeler (2019)");
  }

  /** Drammen's draft community part of the master plan 2021–2040 (presented September 2021). */
  static Citation drammenMasterPlan() {
    return Citation.localPolicy("Drammen kommune", "kommuneplanens samfunnsdel 2021–2040, forslag (2021)");
  }

  /** Drammen's fiscal rules, adopted for the merged municipality. */
  static Citation drammenFiscalRules() {
    return Citation.localPolicy("Drammen kommune, fellesnemnda",
        "bærekraftig økonomi – handlingsregler for økonomien (2019)");
  }

  /** Plan- og bygningsloven (LOV-2008-06-27-71), a section and paragraph. */
  static Citation planOgBygningsloven(String section, String paragraph) {
    return Citation.law("plan- og bygningsloven", "LOV-2008-06-27-71", section, paragraph, PLAN_OG_BYGNINGSLOVEN);
  }

  /**
   * The Danish planlov, a section. The research notes read the section on danskelove.dk and name
   * no consolidated act (LBK), so the citation names none either.
   */
  static Citation planloven(String section) {
    return Citation.builder().kind(Citation.Kind.LAW).source("planloven").section(section).link(PLANLOVEN).build();
  }

  /**
   * The instructions for state studies and hearings (utredningsinstruksen, 2016), a point. The
   * research notes confirmed the rule from secondary sources quoting the 2000 instruks (point 5.2);
   * the 2016 text was not read, so the citation names no identifier or link.
   */
  static Citation utredningsinstruksen(String point) {
    return Citation.builder().kind(Citation.Kind.LAW).source("utredningsinstruksen").section(point).build();
  }

  /**
   * The lesson Drammen's joint merger committee drew from its participation processes: follow-up
   * matters, with good summaries, and the municipality must be loyal to the input it gets.
   */
  static Citation drammenLoyaltyToInput() {
    return Citation.localPolicy("Drammen kommune, fellesnemnda",
        "erfaringer fra medvirkningen: gode oppsummeringer og lojalitet til innspillene (2020)");
  }
}
