package org.folkestyre.examples.cli.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The earliest legal closing date of a consultation as {@code folkestyre deadline --format json}
 * prints it: {@code {"earliestClose": "2026-05-05", "minimumPeriod": "P6W", "rule":
 * "NO-PBL-11-14-KP-HEARING"}}.
 *
 * @param earliestClose the earliest legal closing date, {@code YYYY-MM-DD}
 * @param minimumPeriod the legal minimum period in ISO 8601, whole weeks as weeks ({@code P6W})
 * @param rule the id of the governance rule that checks the period
 */
@JsonPropertyOrder({"earliestClose", "minimumPeriod", "rule"})
public record DeadlineJson(String earliestClose, String minimumPeriod, String rule) {}
