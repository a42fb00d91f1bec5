package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A municipality code with the period it was valid, in the JSON form of a municipality:
 * {@code {"code": "0602", "from": "1964-01-01", "until": "2020-01-01"}}.
 *
 * @param code the code as text, such as {@code "0602"}: a string, because leading zeros matter
 * @param from the first day the code was valid, {@code YYYY-MM-DD}; required
 * @param until the first day it was no longer valid, {@code YYYY-MM-DD}; absent while in use
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CodeJson(String code, String from, String until) {}
