package org.newsevents.events;

import java.util.Set;
import org.newsevents.lexicon.ModelFiles;

/** Verbs that say a phase of an event (models/events/aspectual-verbs.txt): "continued their hunger strike". */
final class Aspectual {
  private static final Set<String> VERBS = Set.copyOf(ModelFiles.lines("events/aspectual-verbs.txt"));

  private Aspectual() {}

  static boolean is(String lemma) {
    return VERBS.contains(lemma);
  }
}
