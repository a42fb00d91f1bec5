/**
 * What an embedding system implements to hand verified identities to Folkestyre.
 *
 * <p>Folkestyre never signs anyone in. The embedding system runs the log-in (OpenID Connect with
 * ID-porten, MitID through a broker, or a staff-assisted registration), keeps every credential to
 * itself, and answers {@link org.folkestyre.toolkit.identity.spi.IdentityProvider#resolve(String)}
 * with the verified identity behind a reference it issued.
 */
package org.folkestyre.toolkit.identity.spi;
