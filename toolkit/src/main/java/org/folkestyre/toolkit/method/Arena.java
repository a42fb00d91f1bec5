package org.folkestyre.toolkit.method;

/** The arena a method works in, after the Norwegian tradition of user participation at three levels. */
public enum Arena {
  /** A person's own case or service — individnivå. */
  INDIVIDUAL,
  /** The development of a service — tjenestenivå. */
  SERVICE,
  /** Policy, plans and budgets — system- og politisk nivå. */
  SYSTEM_POLITICAL;
}
