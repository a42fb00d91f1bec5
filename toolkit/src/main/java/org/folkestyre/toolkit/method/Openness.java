package org.folkestyre.toolkit.method;

/** Who may take part in a method, after Participedia's openness vocabulary. */
public enum Openness {
  /** Open to everyone. */
  OPEN,
  /** Open to everyone, with a special effort to recruit some groups. */
  OPEN_WITH_OUTREACH,
  /** Limited to some groups or individuals. */
  LIMITED,
  /** Partly open and partly limited, such as open sessions beside an appointed panel. */
  MIXED;
}
