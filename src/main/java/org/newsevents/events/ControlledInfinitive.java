package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * A "to" infinitive that completes or serves another verb ("scheduled to travel", "travel to Moscow to
 * meet Putin"): the verb it hangs on is its governor.
 */
final class ControlledInfinitive {
  private ControlledInfinitive() {}

  /** The verb this "to" infinitive hangs on as xcomp or advcl, or null. */
  static Integer governor(ClauseGraph g, int verb) {
    Dependency up = g.head(verb);
    if (up == null || up.governor() == 0 || !(up.relation().equals("xcomp") || up.relation().equals("advcl"))
        || !g.token(up.governor()).pos().startsWith("VB")) {
      return null;
    }
    Integer mark = g.child(verb, "mark");
    return mark != null && g.token(mark).word().equalsIgnoreCase("to") ? up.governor() : null;
  }
}
