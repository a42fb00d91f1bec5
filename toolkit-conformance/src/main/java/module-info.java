/**
 * The Folkestyre toolkit's conformance kit — samsvarstest for leverandører: an abstract JUnit 5
 * test class that a vendor extends to prove that its
 * {@link org.folkestyre.toolkit.method.spi.MethodProvider} honours the plug-in contract.
 */
module org.folkestyre.toolkit.conformance {
  requires transitive org.folkestyre.toolkit;
  requires transitive org.junit.jupiter.api;

  exports org.folkestyre.toolkit.conformance;
}
