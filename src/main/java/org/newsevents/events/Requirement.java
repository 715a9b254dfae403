package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;

/**
 * "Such organizations are required to label themselves as 'foreign agents'", "further advancement of
 * technology is required": a verb of requiring in a passive without agent states a requirement that
 * stands, not a demand anyone is reported to have made.
 */
final class Requirement {
  private final Set<String> verbs;

  Requirement(Set<String> verbs) {
    this.verbs = verbs;
  }

  boolean test(ClauseGraph g, int verb, Integer agent) {
    if (agent != null || !verbs.contains(g.token(verb).lemma().toLowerCase())) {
      return false;
    }
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }
}
