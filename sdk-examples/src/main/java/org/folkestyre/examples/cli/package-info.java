/**
 * The {@code folkestyre} command line, built on picocli: {@code holidays}, {@code rules},
 * {@code validate}, {@code tour}, {@code seats}, {@code minutes}, {@code deadline},
 * {@code consultation}, {@code ical}, {@code oparl} and {@code redact}.
 * {@link org.folkestyre.examples.cli.FolkestyreCli} is the entry point; docs/cli.md documents every
 * command, option, exit status and JSON shape.
 */
package org.folkestyre.examples.cli;
