/**
 * JMH benchmarks of the library, run from the executable jar:
 * {@code java -cp sdk-examples/target/folkestyre.jar org.openjdk.jmh.Main MunicipalityValidationBenchmark};
 * docs/performance.md records the results.
 */
package org.folkestyre.examples.bench;
