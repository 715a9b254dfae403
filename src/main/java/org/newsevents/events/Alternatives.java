package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * "authorities gave Russia an ultimatum - either recall him voluntarily or he would be expelled",
 * "either gathering secret information or influencing local politics": verbs offered as alternatives
 * under "either ... or" are possibilities, none of them reported as done.
 */
final class Alternatives {
  private Alternatives() {}

  static boolean test(ClauseGraph g, int verb) {
    if (hasEither(g, verb)) {
      return true;
    }
    Dependency up = g.head(verb);
    return up != null && up.relation().equals("conj") && hasEither(g, up.governor());
  }

  private static boolean hasEither(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("cc:preconj") && g.token(d.dependent()).word().equalsIgnoreCase("either")) {
        return true;
      }
    }
    return false;
  }
}
