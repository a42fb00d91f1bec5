package org.folkestyre.toolkit.method;

/** The kind of a source a method description rests on. */
public enum SourceKind {
  /** Guidance from a public body or organisation. */
  GUIDANCE,
  /** A law or regulation. */
  LAW,
  /** Research. */
  RESEARCH,
  /** A case: the method's use somewhere. */
  CASE,
  /** A catalogue of methods, such as Participedia. */
  CATALOGUE;
}
