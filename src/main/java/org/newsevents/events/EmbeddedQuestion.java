package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;

/**
 * "he would find out who had made it": a clause whose subject is the question word of an embedded
 * question names no agent; what it asks about is not reported as known.
 */
final class EmbeddedQuestion {
  private static final Set<String> QUESTION_WORDS = Set.of("who", "what", "whom", "which");

  private EmbeddedQuestion() {}

  static boolean test(ClauseGraph g, int verb, Integer subject) {
    if (subject == null || !QUESTION_WORDS.contains(g.token(subject).word().toLowerCase())) {
      return false;
    }
    Dependency up = g.head(verb);
    return up != null && (up.relation().equals("ccomp") || up.relation().equals("xcomp"));
  }
}
