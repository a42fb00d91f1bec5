package org.folkestyre.examples.cli.json;

/**
 * A public holiday as {@code folkestyre holidays --format json} prints it:
 * {@code {"date": "2024-05-17", "name": "Grunnlovsdag"}}.
 *
 * @param date the date, {@code YYYY-MM-DD}
 * @param name the name in the jurisdiction's own language
 */
public record HolidayJson(String date, String name) {}
