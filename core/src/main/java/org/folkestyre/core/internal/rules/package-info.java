/**
 * The built-in governance rules. Adding a rule means adding one constant to the class of its
 * domain and listing it in its pack in {@link org.folkestyre.core.governance.RulePacks}.
 */
package org.folkestyre.core.internal.rules;
