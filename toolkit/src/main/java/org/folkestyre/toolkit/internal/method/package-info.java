/**
 * Internal: the data of the built-in participation methods, the lookup of method providers and the
 * rules by which a catalogue takes methods in. Not part of the API; may change in any release.
 */
package org.folkestyre.toolkit.internal.method;
