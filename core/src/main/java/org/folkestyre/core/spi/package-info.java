/**
 * What embedding systems and vendors implement: service-provider interfaces found through
 * {@link java.util.ServiceLoader}, both as {@code provides} in a module descriptor and as a
 * {@code META-INF/services} entry on the class path, such as
 * {@link org.folkestyre.core.spi.JurisdictionProvider}, and interfaces passed in by the caller,
 * such as the {@link org.folkestyre.core.spi.LotSource} that draws lots in a seat allocation and
 * the {@link org.folkestyre.core.spi.FeedbackDelivery} that delivers replies to a consultation's
 * participants.
 */
@FolkestyreStyle
package org.folkestyre.core.spi;

import org.folkestyre.core.internal.FolkestyreStyle;
