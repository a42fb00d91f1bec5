package org.folkestyre.examples.cli.json;

import java.util.List;

/**
 * The merger that formed a municipality, in the JSON form:
 * {@code {"date": "2020-01-01", "municipalities": [{"name": "Drammen", "code": "0602"}, ...]}}.
 *
 * @param date the day the merged municipality came into being, {@code YYYY-MM-DD}; required
 * @param municipalities the former municipalities, at least two; required
 */
public record MergerJson(String date, List<MunicipalityRefJson> municipalities) {}
