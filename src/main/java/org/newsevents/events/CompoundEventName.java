package org.newsevents.events;

import org.newsevents.model.Predicate;
import org.newsevents.model.Token;

/**
 * "job cuts", "a press conference", "its first test flight": common nouns compounded right before an
 * event noun are part of the event's name, so the predicate reads as written; a name before it is a
 * participant instead ("the Qatar Airways order"), and a noun with words of its own is a modifier phrase
 * ("a full-scale invasion", "a long-running dispute", "a 23 billion dollar deal").
 */
final class CompoundEventName {
  private CompoundEventName() {}

  static Predicate of(String text, ClauseGraph g, int noun) {
    Token head = g.token(noun);
    int first = noun;
    while (first > 1 && isCommonCompound(g, first - 1, noun)) {
      first--;
    }
    Token start = g.token(first);
    return new Predicate(text.substring(start.start(), head.end()), head.lemma().toLowerCase(), start.start(),
        head.end());
  }

  private static boolean isCommonCompound(ClauseGraph g, int index, int noun) {
    Token t = g.token(index);
    var up = g.head(index);
    return up != null && up.governor() == noun && up.relation().equals("compound")
        && (t.pos().equals("NN") || t.pos().equals("NNS")) && !Actors.byItself(t) && g.children(index).isEmpty()
        && (index == 1 || !g.token(index - 1).word().equals("-"));
  }
}
