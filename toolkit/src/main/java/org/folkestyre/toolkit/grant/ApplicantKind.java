package org.folkestyre.toolkit.grant;

import org.folkestyre.core.LocalizedText;

/** Who applies to a grant pool — søker (NO), ansøger (DK). */
public enum ApplicantKind {
  /** A resident, alone or with others — innbygger (NO), borger (DK). */
  RESIDENT(LocalizedText.of("innbygger", "innbyggjar", "borger", "resident")),
  /** A voluntary association — forening / lag (NO), forening (DK). */
  ASSOCIATION(LocalizedText.of("forening", "foreining", "forening", "association")),
  /** A school, library or other institution — institusjon (NO), institution (DK). */
  INSTITUTION(LocalizedText.of("institusjon", "institusjon", "institution", "institution")),
  /** A business — virksomhet (NO), virksomhed (DK). */
  BUSINESS(LocalizedText.of("virksomhet", "verksemd", "virksomhed", "business"));

  private final LocalizedText names;

  ApplicantKind(LocalizedText names) {
    this.names = names;
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
