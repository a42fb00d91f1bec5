package org.folkestyre.core.jurisdiction;

/**
 * A concept of municipal democracy whose local name differs between jurisdictions and languages.
 *
 * <p>{@link Jurisdiction#term(Concept, org.folkestyre.core.Language)} gives the name a
 * jurisdiction uses: {@link #MUNICIPAL_COUNCIL} is <i>kommunestyre</i> in Norway and
 * <i>kommunalbestyrelse</i> in Denmark.
 */
public enum Concept {
  /** Municipality — kommune (NO, DK). */
  MUNICIPALITY,
  /** Municipality code — kommunenummer (NO), kommunekode (DK). */
  MUNICIPALITY_CODE,
  /** District of a municipality — kommunedel (NO), lokalområde (DK). */
  DISTRICT,
  /** Municipal council — kommunestyre (NO), kommunalbestyrelse (DK). */
  MUNICIPAL_COUNCIL,
  /** Executive committee — formannskap (NO), økonomiudvalg (DK). */
  EXECUTIVE_COMMITTEE,
  /** Mayor — ordfører (NO), borgmester (DK). */
  MAYOR,
  /** Deputy mayor — varaordfører (NO), viceborgmester (DK). */
  DEPUTY_MAYOR,
  /** Standing committee — hovedutvalg (NO), stående udvalg (DK). */
  STANDING_COMMITTEE,
  /** Local committee of a district — nærutvalg (NO), lokaludvalg (DK). */
  LOCAL_COMMITTEE,
  /** The district's meeting place — knutepunkt (NO), samlingssted (DK). */
  HUB,
  /** The district's local coordinator — lokal koordinator (NO, DK). */
  LOCAL_COORDINATOR,
  /** Public consultation — høring (NO, DK). */
  CONSULTATION,
  /** Meeting — møte (NO), møde (DK). */
  MEETING,
  /** Minutes — møtebok (NO), referat (DK). */
  MINUTES,
  /** Public holiday — helligdag (NO, DK). */
  PUBLIC_HOLIDAY,
  /** Working day — virkedag (NO), hverdag (DK). */
  WORKING_DAY
}
