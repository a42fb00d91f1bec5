package org.folkestyre.examples.cli.json;

/**
 * A district's local coordinator, in the JSON form:
 * {@code {"name": "Lokal koordinator Konnerud", "positionSharePercent": 50}}.
 *
 * @param name the name of the coordinator or of the position; required
 * @param positionSharePercent the share of a full-time position, 1 to 100; required
 */
public record CoordinatorJson(String name, Integer positionSharePercent) {}
