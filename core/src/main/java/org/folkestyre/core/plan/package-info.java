/**
 * Strategic plans and fiscal rules: the community part of the master plan (kommuneplanens
 * samfunnsdel) with its focus areas tied to the UN Sustainable Development Goals, and a
 * municipality's fiscal rules (handlingsregler) checked against a budget's key figures.
 */
@FolkestyreStyle
package org.folkestyre.core.plan;

import org.folkestyre.core.internal.FolkestyreStyle;
