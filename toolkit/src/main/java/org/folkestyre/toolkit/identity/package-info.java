/**
 * Verified identities of citizens, as the embedding system hands them to Folkestyre — verifisert
 * identitet (NO), verificeret identitet (DK).
 *
 * <p>The embedding system signs a person in through a national electronic identity (ID-porten with
 * MinID or BankID in Norway, MitID in Denmark) or registers her at a service desk, and gives the
 * library a {@link org.folkestyre.toolkit.identity.VerifiedIdentity}: an opaque person key, the
 * eIDAS {@link org.folkestyre.toolkit.identity.AssuranceLevel}, the municipality of residence and,
 * when known, the district and the date of birth. <strong>No credential ever passes through the
 * library</strong>: no password, one-time code, token, assertion or national identity number. The
 * person key is whatever stable, pseudonymous key the embedding system derives, for instance a keyed
 * hash of the national identity number that only the embedding system can compute.
 *
 * <p>No method accepts or returns {@code null}; absent values are {@code Optional}.
 */
@FolkestyreStyle
package org.folkestyre.toolkit.identity;

import org.folkestyre.core.internal.FolkestyreStyle;
