package org.folkestyre.examples.vendor;

import org.folkestyre.toolkit.conformance.MethodProviderConformance;
import org.folkestyre.toolkit.method.spi.MethodProvider;

/** Proves with the conformance kit that the example provider honours the plug-in contract. */
// tag::conformance-test[]
class EksempelMethodsTest extends MethodProviderConformance {
  @Override
  protected MethodProvider provider() {
    return new EksempelMethods();
  }
}
// end::conformance-test[]
