package org.folkestyre.examples.cli.json;

/**
 * A population count on a reference date, in the JSON form: {@code {"count": 101469, "date": "2020-03-31"}}.
 *
 * @param count the number of inhabitants, not negative; required
 * @param date the date the count refers to, {@code YYYY-MM-DD}; required
 */
public record PopulationJson(Long count, String date) {}
