/**
 * Implementation of the jurisdiction layer: the built-in jurisdictions, their holiday calendars
 * and working-day arithmetic, Easter, and the registry that loads providers. Not exported.
 */
package org.folkestyre.core.internal.jurisdiction;
