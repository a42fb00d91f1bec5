/**
 * Runnable examples of the Folkestyre API: the README's quick start
 * ({@link org.folkestyre.examples.QuickStart}), the minutes of a Holbæk meeting
 * ({@link org.folkestyre.examples.HolbaekMinutes}), the command line ({@code cli}) and the JMH
 * benchmarks ({@code bench}). Each is compiled and exercised by the build.
 */
package org.folkestyre.examples;
