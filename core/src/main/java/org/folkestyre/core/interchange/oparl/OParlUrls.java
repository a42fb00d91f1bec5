package org.folkestyre.core.interchange.oparl;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import org.folkestyre.core.committee.Term;
import org.folkestyre.core.internal.Urls;
import org.folkestyre.core.meeting.Case;
import org.folkestyre.core.meeting.CaseStep;
import org.folkestyre.core.municipality.MunicipalityRef;

/**
 * The URL of every exported object, derived from the base and the model's ids: stable for as long
 * as the ids are. Needs nothing beyond core.
 */
final class OParlUrls {
  private final String base;
  private final String body;

  OParlUrls(URI base, MunicipalityRef municipality) {
    this.base = base.toString();
    this.body = this.base + "body/" + bodyKey(municipality);
  }

  static String bodyKey(MunicipalityRef municipality) {
    return Urls.segment(municipality.code().jurisdictionId().toLowerCase(Locale.ROOT) + "-" + municipality.code().value());
  }

  private static String seg(String id) {
    return Urls.segment(id);
  }

  String system() {
    return base;
  }

  String bodies() {
    return base + "body";
  }

  String body() {
    return body;
  }

  String list(String name) {
    return body + "/" + name;
  }

  String organization(String committeeId) {
    return body + "/organization/" + seg(committeeId);
  }

  String party(String abbreviation) {
    return body + "/party/" + seg(abbreviation);
  }

  String person(String personId) {
    return body + "/person/" + seg(personId);
  }

  String membership(String committeeId, String personId) {
    return body + "/membership/" + seg(committeeId) + "/" + seg(personId);
  }

  String term(Term term) {
    return body + "/legislativeterm/" + term.start() + "_" + term.end().minusDays(1);
  }

  String meeting(String meetingId) {
    return body + "/meeting/" + seg(meetingId);
  }

  String location(String meetingId) {
    return meeting(meetingId) + "/location";
  }

  String agendaItem(String meetingId, String number) {
    return meeting(meetingId) + "/agendaitem/" + seg(number);
  }

  String file(String meetingId, String number, int index) {
    return agendaItem(meetingId, number) + "/file/" + index;
  }

  String paper(Case paper) {
    return body + "/paper/" + seg(paper.caseNumber().text().strip());
  }

  String consultation(Case paper, CaseStep step) {
    LocalDate date = step.date();
    return paper(paper) + "/consultation/" + seg(step.committeeId()) + "/" + date + "/"
        + step.role().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static URI uri(String url) {
    return URI.create(url);
  }
}
