/**
 * The toolkit's governance rules in one place — regelsett (NO), regelsæt (DK): every rule pack of
 * the participation toolkit, for tools that list or look up packs without knowing the toolkit's
 * areas.
 *
 * <p>Each area of the toolkit defines and exposes its own packs ({@code MethodValidation},
 * {@code ActivityRulePack}, {@code InitiativeRulePacks}, {@code GrantPoolRules}); this package
 * only lists them, in the manner of core's {@link org.folkestyre.core.governance.RulePacks}. It
 * depends on the areas, and no area depends on it. No method accepts {@code null}.
 */
package org.folkestyre.toolkit.governance;
