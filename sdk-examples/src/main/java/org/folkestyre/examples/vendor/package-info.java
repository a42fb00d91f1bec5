/**
 * A vendor's plug-in, as an example: {@link org.folkestyre.examples.vendor.EksempelMethods} adds two
 * participation methods of the fictional vendor Eksempel Medvirkning AS through the toolkit's
 * {@link org.folkestyre.toolkit.method.spi.MethodProvider}, and
 * {@link org.folkestyre.examples.vendor.MethodProviderExamples} loads, publishes and extends a
 * catalogue with it. The provider is registered for {@link java.util.ServiceLoader} in the test
 * resources of this module only, so the {@code folkestyre} command line keeps to the built-in
 * methods.
 */
package org.folkestyre.examples.vendor;
