package org.newsevents.events;

import org.newsevents.model.Dependency;
import org.newsevents.model.Predicate;
import org.newsevents.model.Token;

/**
 * The predicate as written: from its first auxiliary or negator through the verb, adverbs between
 * included ("has publicly denounced"), plus a particle ("carry out") or an absorbed object ("take place").
 */
final class VerbGroup {
  private VerbGroup() {}

  static Predicate of(String text, ClauseGraph g, int verb, Integer absorbed) {
    Token v = g.token(verb);
    int first = verb;
    int last = verb;
    String lemma = v.lemma().toLowerCase();
    for (Dependency d : g.children(verb)) {
      String r = d.relation();
      int i = d.dependent();
      if ((r.equals("aux") || r.equals("aux:pass") || isNegation(g, d)) && i < verb) {
        first = Math.min(first, i);
      } else if (r.equals("compound:prt")) {
        last = Math.max(last, i);
        lemma = lemma + " " + g.token(i).word().toLowerCase();
      }
    }
    Integer auxiliary = MistakenAuxiliary.of(g, verb);
    if (auxiliary != null) {
      first = Math.min(first, auxiliary);
    }
    if (absorbed != null) {
      last = Math.max(last, absorbed);
      lemma = lemma + " " + g.token(absorbed).lemma().toLowerCase();
    }
    int start = g.token(first).start();
    int end = g.token(last).end();
    return new Predicate(text.substring(start, end), lemma, start, end);
  }

  /** The predicate extended through a later word it carries ("made its first flight"). */
  static Predicate through(String text, Predicate p, Token last) {
    return new Predicate(text.substring(p.start(), last.end()), p.lemma(), p.start(), last.end());
  }

  private static boolean isNegation(ClauseGraph g, Dependency d) {
    return (d.relation().equals("advmod") || d.relation().equals("cc:preconj")) && Negation.isNegator(g.token(d.dependent()));
  }
}
