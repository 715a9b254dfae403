package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * "Apple Inc. co-founder Steve Jobs dies aged 56": the parser can take an age for the verb's object;
 * it says how old the subject is, it is nothing the verb acts on.
 */
final class AgePhrase {
  private AgePhrase() {}

  static boolean is(ClauseGraph g, int head) {
    if (!g.token(head).pos().equals("CD")) {
      return false;
    }
    for (Dependency d : g.children(head)) {
      if (d.relation().equals("amod") && g.token(d.dependent()).word().equalsIgnoreCase("aged")) {
        return true;
      }
    }
    return false;
  }

  /** The verb's direct object unless it is an age, else null. */
  static Integer objectOf(ClauseGraph g, int verb) {
    Integer object = g.child(verb, "obj");
    return object == null || is(g, object) ? null : object;
  }
}
