package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * "Their only obvious purpose is to kill and maim", "The task of this working group is to suppress
 * civil protests": a "to" infinitive predicated of a thing by "be" says what the thing is for. With an
 * actor for subject ("Vucic is to visit Moscow") it is a plan, and stays.
 */
final class PurposeStatement {
  private PurposeStatement() {}

  static boolean test(ClauseGraph g, int verb, Integer subject) {
    int v = verb;
    Dependency up = g.head(v);
    if (up != null && up.relation().equals("conj")) {
      v = up.governor();
    }
    boolean to = false;
    boolean be = false;
    for (Dependency d : g.children(v)) {
      String word = g.token(d.dependent()).lemma().toLowerCase();
      to |= d.relation().equals("mark") && word.equals("to");
      be |= (d.relation().equals("cop") || d.relation().equals("aux")) && word.equals("be");
    }
    return to && be && !Actors.is(g, subject);
  }
}
