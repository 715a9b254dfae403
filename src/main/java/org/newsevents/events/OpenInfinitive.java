package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * A "to" infinitive left without a subject after control and raising are resolved ("required to
 * register", "a bid to join the EU") names a purpose or a duty, not an action anyone is reported to
 * have taken, so it is not an event.
 */
final class OpenInfinitive {
  private OpenInfinitive() {}

  static boolean test(ClauseGraph g, int verb, Integer subject) {
    if (subject != null) {
      return false;
    }
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("mark") && g.token(d.dependent()).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }
}
