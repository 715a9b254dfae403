package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * A past participle modifying a noun that the parser took for a clause of its own, with the noun as its
 * subject. "has defended the exports as legal transactions fulfilled through intermediaries": a bare
 * participle whose subject comes right after a verb with no object is that verb's object. "Footage of a
 * meeting taped by the agency in May was handed over by Vulin": a subjectless passive hung on a bare
 * participle that has a subject before it is about that subject.
 */
final class ParticipleSubject {
  private ParticipleSubject() {}

  /** The object a bare participle hung on this verb took for its subject, or null. */
  static Integer objectOf(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      int p = d.dependent();
      if (p > verb && (d.relation().equals("dep") || d.relation().equals("ccomp")) && g.token(p).pos().equals("VBN")
          && g.child(p, "aux") == null && g.child(p, "aux:pass") == null) {
        Integer subject = g.child(p, "nsubj");
        if (subject != null && subject > verb && subject < p && firstWord(g, subject) == verb + 1) {
          return subject;
        }
      }
    }
    return null;
  }

  /** The subject a passive lost to the bare participle it is hung on, or null. */
  static Integer lostPassiveSubject(ClauseGraph g, int verb) {
    Dependency up = g.head(verb);
    if (up == null || up.governor() == 0 || !up.relation().equals("dep") || g.child(verb, "aux:pass") == null
        || g.child(verb, "nsubj:pass") != null || g.child(verb, "nsubj") != null) {
      return null;
    }
    int participle = up.governor();
    Integer subject = g.child(participle, "nsubj");
    boolean bare = g.token(participle).pos().equals("VBN") && g.child(participle, "aux") == null
        && g.child(participle, "aux:pass") == null;
    return bare && subject != null && subject < participle ? subject : null;
  }

  private static int firstWord(ClauseGraph g, int head) {
    int first = head;
    for (Dependency d : g.children(head)) {
      first = Math.min(first, d.dependent());
    }
    return first;
  }
}
