/**
 * Internal: the data of the built-in participation methods. Not part of the API; may change in
 * any release.
 */
package org.folkestyre.toolkit.internal.method;
