package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * "`` We 've reduced our airplane-design effort , '' said Angers .": after a quotation the verb of
 * saying can come before its speaker, and the parser then takes the speaker for a complement or an
 * object. A noun right after such a verb that has no subject of its own is its speaker.
 */
final class InvertedSpeaker {
  private InvertedSpeaker() {}

  /** The speaker after this verb of saying, or null. */
  static Integer of(ClauseGraph g, int verb) {
    if (g.child(verb, "nsubj") != null || verb < 2 || !closesQuotation(g, verb - 1)) {
      return null;
    }
    for (Dependency d : g.children(verb)) {
      int i = d.dependent();
      if ((d.relation().equals("xcomp") || d.relation().equals("obj") || d.relation().equals("dep"))
          && g.token(i).pos().startsWith("NN") && startsAt(g, i) == verb + 1) {
        return i;
      }
    }
    return null;
  }

  private static boolean closesQuotation(ClauseGraph g, int i) {
    String w = g.token(i).word();
    return w.equals("''") || w.equals("\"") || w.equals("”") || w.equals("’") || w.equals(",");
  }

  private static int startsAt(ClauseGraph g, int head) {
    int first = head;
    for (Dependency d : g.children(head)) {
      first = Math.min(first, d.dependent());
    }
    return first;
  }
}
