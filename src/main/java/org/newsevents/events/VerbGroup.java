package org.newsevents.events;

import org.newsevents.model.Dependency;
import org.newsevents.model.Predicate;
import org.newsevents.model.Token;

/** The predicate as written: auxiliaries, negation and particle around the verb ("could not carry out"). */
final class VerbGroup {
  private VerbGroup() {}

  static Predicate of(String text, ClauseGraph g, int verb) {
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
    int start = g.token(first).start();
    int end = g.token(last).end();
    return new Predicate(text.substring(start, end), lemma, start, end);
  }

  private static boolean isNegation(ClauseGraph g, Dependency d) {
    return d.relation().equals("advmod") && Negation.isNegator(g.token(d.dependent()));
  }
}
