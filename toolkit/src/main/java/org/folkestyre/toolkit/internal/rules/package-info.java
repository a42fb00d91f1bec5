/**
 * The toolkit's governance rules, one class per area; each area's public package exposes its pack
 * (such as {@link org.folkestyre.toolkit.grant.GrantPoolRules}). Not exported: users reach the
 * rules through the packs.
 */
package org.folkestyre.toolkit.internal.rules;
