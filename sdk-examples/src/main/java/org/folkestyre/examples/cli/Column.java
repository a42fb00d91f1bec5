package org.folkestyre.examples.cli;

/**
 * A column of a text {@link Table}.
 *
 * @param header the heading, wrapped like the cells
 * @param rightAligned whether the cells are aligned to the right, as numbers are
 * @param maxWidth the width at which cells wrap between words; a longer word overflows it
 */
record Column(String header, boolean rightAligned, int maxWidth) {}
