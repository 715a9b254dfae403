package org.newsevents.events;

import java.util.Set;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Dependency;

/**
 * "showed a man identified as Lt. Col. Georgy Kleban ... meeting a Serbian retired army officer": a noun
 * a naming participle (models/events/naming-verbs.txt) modifies refers to the name of its as-phrase.
 */
final class IdentifiedAs {
  private static final Set<String> NAMING = Set.copyOf(ModelFiles.lines("events/naming-verbs.txt"));

  private IdentifiedAs() {}

  /** The head of the name this noun is identified as, or null. */
  static Integer name(ClauseGraph g, int noun) {
    for (Dependency d : g.children(noun)) {
      if (d.relation().equals("acl") && NAMING.contains(g.token(d.dependent()).lemma().toLowerCase())) {
        for (Dependency o : g.children(d.dependent())) {
          if (o.relation().equals("obl") && Arguments.caseWord(g, o.dependent()).equals("as")
              && Actors.isNamed(g.token(o.dependent()))) {
            return o.dependent();
          }
        }
      }
    }
    return null;
  }
}
