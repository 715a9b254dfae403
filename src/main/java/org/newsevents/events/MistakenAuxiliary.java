package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * "As of December 2021, Vulin had neither confirmed nor denied the connection": the parser can take the
 * auxiliary "had" before a negator for a main verb whose clausal object is the participle. The "had" is
 * the participle's auxiliary: its subject is the participle's, and it belongs to the predicate.
 */
final class MistakenAuxiliary {
  private MistakenAuxiliary() {}

  /** The "have" that is really this participle's auxiliary, or null. */
  static Integer of(ClauseGraph g, int verb) {
    Dependency up = g.head(verb);
    if (up == null || up.governor() == 0 || !up.relation().equals("ccomp") || up.governor() > verb
        || !g.token(up.governor()).lemma().equalsIgnoreCase("have") || !g.token(verb).pos().matches("VBN|VBD")
        || g.child(verb, "nsubj") != null || g.child(verb, "mark") != null) {
      return null;
    }
    return up.governor();
  }
}
