package org.folkestyre.toolkit.identity.spi;

import java.util.Optional;
import org.folkestyre.toolkit.identity.IdentityScheme;
import org.folkestyre.toolkit.identity.VerifiedIdentity;

/**
 * The embedding system's bridge from its own log-in to Folkestyre — identitetsleverandør (NO),
 * identitetsudbyder (DK).
 *
 * <p>The embedding system authenticates the person with its own client of ID-porten, MitID or a
 * service desk's registration, then refers to that finished authentication by an opaque reference
 * of its own, such as a server-side session id. Folkestyre passes the reference back to {@link
 * #resolve(String)} and gets a {@link VerifiedIdentity}. <strong>No credential passes through the
 * library</strong>: the reference must not be a password, a one-time code, an access or ID token,
 * a SAML assertion or a national identity number, and an implementation must not accept one.
 *
 * <p>An implementation is injected by the caller, not loaded through {@link java.util.ServiceLoader}:
 * which provider applies is the embedding system's decision. Implementations must be thread-safe.
 */
public interface IdentityProvider {
  /**
   * Returns the scheme this provider verifies identities with.
   *
   * @return the scheme
   */
  IdentityScheme scheme();

  /**
   * Returns the verified identity behind a reference the embedding system issued.
   *
   * @param reference the embedding system's opaque reference to a finished authentication
   * @return the identity, or empty if the reference is unknown, expired or was issued for another
   *     municipality
   */
  Optional<VerifiedIdentity> resolve(String reference);
}
