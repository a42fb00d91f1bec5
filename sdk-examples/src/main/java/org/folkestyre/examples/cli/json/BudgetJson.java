package org.folkestyre.examples.cli.json;

/**
 * A district's participation budget for one year, in the JSON form:
 * {@code {"year": 2020, "amountMinor": 5000000}}.
 *
 * @param year the budget year; required
 * @param amountMinor the amount in minor units (øre) of the jurisdiction's currency, not
 *     negative; NOK 50,000 is {@code 5000000}; required
 */
public record BudgetJson(Integer year, Long amountMinor) {}
