package org.newsevents.events;

import java.util.HashMap;
import java.util.Map;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Dependency;

/**
 * PLOVER codes some verbs by what they act on: withdrawing troops is RETREAT but withdrawing inspectors
 * or a peacekeeping force is SANCTION; lifting a curfew is CONCEDE but lifting a blockade RETREAT. The
 * object is matched by its head lemma, a compound before it ("mediation efforts") or its of-phrase ("a
 * state of emergency").
 */
final class ActedOn {
  private final Map<String, String> byVerbAndObject;

  private ActedOn(Map<String, String> byVerbAndObject) {
    this.byVerbAndObject = byVerbAndObject;
  }

  static ActedOn load(String path) {
    Map<String, String> out = new HashMap<>();
    for (String line : ModelFiles.lines(path)) {
      String[] cols = line.split("\t");
      if (cols.length < 3) {
        throw new IllegalStateException("models/" + path + ": expected verb, object and category: " + line);
      }
      out.put(cols[0].strip() + " " + cols[1].strip(), cols[2].strip());
    }
    return new ActedOn(out);
  }

  /** The category of this verb acting on this object, or null when the verb is not coded by its object. */
  String of(ClauseGraph g, String verbLemma, int object) {
    String own = byVerbAndObject.get(verbLemma + " " + g.token(object).lemma().toLowerCase());
    if (own != null) {
      return own;
    }
    for (Dependency d : g.children(object)) {
      if (d.relation().equals("compound") || d.relation().equals("amod")
          || d.relation().equals("nmod") && Arguments.caseWord(g, d.dependent()).equals("of")) {
        String type = byVerbAndObject.get(verbLemma + " " + g.token(d.dependent()).lemma().toLowerCase());
        if (type != null) {
          return type;
        }
      }
    }
    return null;
  }
}
