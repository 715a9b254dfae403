package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * "It is expected that films will retail for around $9.99", "it is hoped the first aircraft can be
 * tested in 2010": a passive whose subject is the placeholder "it", with the clause it frames and no
 * agent, hedges that clause; nobody is reported to expect or hope anything.
 */
final class ImpersonalPassive {
  private ImpersonalPassive() {}

  static boolean test(ClauseGraph g, int verb) {
    Integer it = null;
    for (Dependency d : g.children(verb)) {
      if ((d.relation().equals("nsubj:pass") || d.relation().equals("expl:pass") || d.relation().equals("expl"))
          && g.token(d.dependent()).word().equalsIgnoreCase("it")) {
        it = d.dependent();
      }
    }
    return it != null && g.child(verb, "ccomp") != null && g.child(verb, "obl:agent") == null
        && Obliques.byPhrase(g, verb) == null;
  }
}
