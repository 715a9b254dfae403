package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsevents.model.Dependency;

/** The prepositional roles of a verb: its place, its by-agent, its recipient, its prepositional object. */
final class Obliques {
  private static final Set<String> NOT_OBJECT_CASES = Set.of("according", "as", "despite", "because", "due",
      "since", "until", "before", "after", "during", "like", "than", "among");
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "inside", "outside");

  private Obliques() {}

  /** Beside a theme, the one it goes to: an indirect object ("gave Russia an ultimatum") or a to-phrase. */
  static Integer recipient(ClauseGraph g, int verb, int object) {
    Integer indirect = g.child(verb, "iobj");
    if (indirect != null && indirect != object) {
      return indirect;
    }
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl") && d.dependent() != object && Arguments.caseWord(g, d.dependent()).equals("to")
          && !ClauseDate.isTemporal(g, d.dependent())) {
        return d.dependent();
      }
    }
    return null;
  }

  static Integer byPhrase(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl") && Arguments.caseWord(g, d.dependent()).equals("by")) {
        return d.dependent();
      }
    }
    return null;
  }

  /** A prepositional place in or at a named location ("arrested in Moscow"). */
  static Integer location(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl") && PLACE_CASES.contains(Arguments.caseWord(g, d.dependent()))
          && g.token(d.dependent()).ner().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE")) {
        return d.dependent();
      }
    }
    return null;
  }

  /** Without a direct object, a prepositional argument ("travel to Moscow") or a clausal complement. */
  static Integer oblique(ClauseGraph g, int verb, Integer location) {
    List<Integer> candidates = new ArrayList<>();
    for (Dependency d : g.children(verb)) {
      int i = d.dependent();
      if (d.relation().equals("obl") && !ClauseDate.isTemporal(g, i) && !Integer.valueOf(i).equals(location)
          && !NOT_OBJECT_CASES.contains(Arguments.caseWord(g, i)) && i > verb) {
        candidates.add(i);
      }
    }
    for (Integer c : candidates) {
      // "voted in the United Nations against resolutions": a place is a setting, not what is acted on
      if (!PLACE_CASES.contains(Arguments.caseWord(g, c))) {
        return c;
      }
    }
    if (!candidates.isEmpty()) {
      return candidates.get(0);
    }
    return g.child(verb, "xcomp");
  }

}
