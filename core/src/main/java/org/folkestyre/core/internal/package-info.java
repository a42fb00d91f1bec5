/**
 * Implementation details of Folkestyre core. Not exported: nothing here is API, and it may
 * change in any release.
 */
package org.folkestyre.core.internal;
