package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.Token;

/**
 * A clause is negated when its verb carries a negator ("not", "n't", "never", "neither ... nor"), when
 * its subject or object is determined by "no" ("no final decision has been made"), or when it is
 * coordinated under "neither" or "nor" with a verb that does.
 */
final class Negation {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");

  private Negation() {}

  static boolean test(ClauseGraph g, int verb) {
    if (carriesNegator(g, verb) || negativeArgument(g, verb)) {
      return true;
    }
    Dependency up = g.head(verb);
    return up != null && up.relation().equals("conj") && carriesNegator(g, up.governor())
        && hasNorConjunction(g, verb);
  }

  private static boolean carriesNegator(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      String r = d.relation();
      if ((r.equals("advmod") || r.equals("neg") || r.equals("cc:preconj")) && isNegator(g.token(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negativeArgument(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().startsWith("nsubj") || d.relation().equals("obj")) {
        for (Dependency m : g.children(d.dependent())) {
          if (m.relation().equals("det") && g.token(m.dependent()).word().equalsIgnoreCase("no")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean hasNorConjunction(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("cc") && g.token(d.dependent()).word().equalsIgnoreCase("nor")) {
        return true;
      }
    }
    return false;
  }

  static boolean isNegator(Token t) {
    return NEGATORS.contains(t.word().toLowerCase());
  }
}
