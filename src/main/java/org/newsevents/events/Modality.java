package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;

/**
 * Whether an event is asserted, planned ("will meet", "is scheduled to travel"), alleged ("accused of
 * spying", "allegedly") or hypothetical ("could harm", "if ...").
 */
final class Modality {
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> POSSIBLE = Set.of("could", "might", "may", "should", "would", "can", "must");

  private final Set<String> planVerbs;
  private final Set<String> allegationWords;

  Modality(Set<String> planVerbs, Set<String> allegationWords) {
    this.planVerbs = planVerbs;
    this.allegationWords = allegationWords;
  }

  String of(ClauseGraph g, int verb, boolean reported) {
    String own = own(g, verb, reported);
    if (own != null) {
      return own;
    }
    int current = verb;
    Dependency up = g.head(current);
    int guard = 0;
    while (up != null && up.governor() != 0 && guard++ < g.size()) {
      String r = up.relation();
      if (!(r.equals("xcomp") || r.equals("ccomp") || r.equals("advcl") || r.equals("acl"))) {
        break;
      }
      String lemma = g.token(up.governor()).lemma().toLowerCase();
      if (allegationWords.contains(lemma)) {
        return "alleged";
      }
      if (planVerbs.contains(lemma)) {
        return "planned";
      }
      current = up.governor();
      up = g.head(current);
    }
    return "asserted";
  }

  private String own(ClauseGraph g, int verb, boolean reported) {
    String own = auxiliaries(g, verb, reported);
    Dependency up = g.head(verb);
    if (own == null && up != null && up.relation().equals("conj") && g.child(verb, "aux") == null
        && g.token(up.governor()).pos().startsWith("VB")) {
      // "a pipeline that would bypass Ukraine and carry Russian gas": a coordinated verb without an
      // auxiliary of its own shares its first conjunct's
      own = auxiliaries(g, up.governor(), reported);
    }
    return own;
  }

  private String auxiliaries(ClauseGraph g, int verb, boolean reported) {
    for (Dependency d : g.children(verb)) {
      String word = g.token(d.dependent()).word().toLowerCase();
      if (d.relation().equals("mark") && (word.equals("if") || word.equals("unless"))) {
        return "hypothetical";
      }
      if (d.relation().equals("advmod") && allegationWords.contains(word)) {
        return "alleged";
      }
      if (d.relation().equals("aux")) {
        if (FUTURE.contains(word) || word.equals("would") && reported) {
          return "planned";
        }
        if (POSSIBLE.contains(word)) {
          return "hypothetical";
        }
      }
    }
    return null;
  }
}
