package org.folkestyre.examples.cli.json;

/**
 * A district's hub (knutepunkt), in the JSON form: {@code {"name": "Konnerud bibliotek", "kind": "LIBRARY"}}.
 *
 * @param name the name of the place; required
 * @param kind one of {@code LIBRARY}, {@code SCHOOL}, {@code HEALTH_INSTITUTION},
 *     {@code COMMUNITY_HOUSE}, {@code VOLUNTEER_CENTRE}, {@code OTHER}; required
 */
public record HubJson(String name, String kind) {}
