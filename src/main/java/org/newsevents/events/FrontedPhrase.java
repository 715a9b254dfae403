package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * "At the company's own Worldwide Developers Conference keynote at the Moscone West center, Apple CEO
 * Steve Jobs introduced ...": after a long fronted phrase the parser can take that phrase's noun for the
 * subject and the real subject, right before the verb, for its apposition. The actor in apposition that
 * the verb follows is the subject when the noun it is said to rename cannot act.
 */
final class FrontedPhrase {
  private FrontedPhrase() {}

  /** The subject of {@code verb}: {@code subject}, or the actor the parser hung on it as its apposition. */
  static Integer subject(ClauseGraph g, int verb, Integer subject) {
    if (subject == null || subject > verb || Actors.is(g, subject)) {
      return subject;
    }
    for (Dependency d : g.children(subject)) {
      if (d.relation().equals("appos") && d.dependent() == verb - 1 && Actors.is(g, d.dependent())) {
        return d.dependent();
      }
    }
    return subject;
  }
}
