package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.Token;

/** A clause is negated when its verb carries a negator ("not", "n't", "never"). */
final class Negation {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  private Negation() {}

  static boolean test(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if ((d.relation().equals("advmod") || d.relation().equals("neg")) && isNegator(g.token(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  static boolean isNegator(Token t) {
    return NEGATORS.contains(t.word().toLowerCase());
  }
}
