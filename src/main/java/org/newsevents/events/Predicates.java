package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.Token;

/**
 * Which verbs head an event: full verbs, not auxiliaries, adjectival participles or raising verbs.
 * Trying, beginning and continuing are acts of their own ("attempted to address reports").
 */
final class Predicates {
  private static final Set<String> NOT_PREDICATE_RELATIONS = Set.of("aux", "aux:pass", "cop", "amod", "compound");

  private final Set<String> transparent;

  Predicates(Set<String> transparent) {
    this.transparent = transparent;
  }

  boolean isPredicate(ClauseGraph g, Token t) {
    if (!t.pos().startsWith("VB")) {
      return false;
    }
    Dependency head = g.head(t.index());
    if (head != null && NOT_PREDICATE_RELATIONS.contains(head.relation())) {
      return false;
    }
    return !isTransparent(g, t);
  }

  /**
   * "scheduled to travel", "was set to land": the event is the complement, not the raising verb; but a
   * verb with an object of its own is an event.
   */
  boolean isTransparent(ClauseGraph g, Token t) {
    return transparent.contains(t.lemma().toLowerCase()) && g.child(t.index(), "xcomp") != null
        && g.child(t.index(), "obj") == null;
  }
}
