package org.folkestyre.examples.cli.json;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of a participatory-budgeting rule as {@code folkestyre pb --format json} prints it.
 *
 * @param selected the ids of the selected projects, spelled and ordered as in the file's {@code PROJECTS} section
 * @param cost what the selected projects cost together
 * @param budget the election's budget
 */
public record PbOutcomeJson(List<String> selected, BigDecimal cost, BigDecimal budget) {}
