package org.folkestyre.examples.cli.json;

/**
 * A former municipality in a merger, in the JSON form: {@code {"name": "Nedre Eiker", "code": "0625"}}.
 *
 * @param name the municipality's name; required
 * @param code the code it had, as text; required
 */
public record MunicipalityRefJson(String name, String code) {}
