package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.Token;

/**
 * Verbs of saying. "Vucic said X" makes X an event reported by Vucic; the saying itself is no event,
 * and a verb of saying with nothing said ("Vucic said:") is none either.
 */
final class ReportedSpeech {
  private final Set<String> reportingVerbs;

  ReportedSpeech(Set<String> reportingVerbs) {
    this.reportingVerbs = reportingVerbs;
  }

  boolean isReporting(Token t) {
    return reportingVerbs.contains(t.lemma().toLowerCase());
  }

  /** A verb of saying that reports a clause, or that has no object of its own. */
  boolean isSpeechAct(ClauseGraph g, Token verb, Integer object) {
    if (!isReporting(verb)) {
      return false;
    }
    for (Dependency d : g.children(verb.index())) {
      if (d.relation().equals("ccomp") || d.relation().equals("parataxis") && !actsOnObject(g, verb.index())) {
        return true;
      }
    }
    Dependency head = g.head(verb.index());
    return object == null || head != null && head.relation().equals("parataxis");
  }

  /**
   * "Kara-Murza claimed that the agency played a role", "Vucic insisted they were legal": a verb of
   * saying that takes a stance (allege, insist, warn) is itself an act towards whoever the reported
   * clause is about, its subject. Null when the verb reports no clause with a subject.
   */
  Integer stanceTarget(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("ccomp")) {
        for (Dependency c : g.children(d.dependent())) {
          if (c.relation().startsWith("nsubj")) {
            return c.dependent();
          }
        }
      }
    }
    return null;
  }

  /** The subject bound by a "must" in the clause a verb of saying reports ("said that Sudan must return"). */
  static Integer obligated(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("ccomp") && EventTypes.isObligation(g, d.dependent())) {
        for (Dependency c : g.children(d.dependent())) {
          if (c.relation().startsWith("nsubj")) {
            return c.dependent();
          }
        }
      }
    }
    return null;
  }

  /** The verb of saying that reports this clause, or null. */
  Integer reporter(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("parataxis") && isReporting(g.token(d.dependent()))) {
        return d.dependent();
      }
    }
    int current = verb;
    Dependency up = g.head(current);
    int guard = 0;
    while (up != null && up.governor() != 0 && guard++ < g.size()) {
      Token governor = g.token(up.governor());
      String r = up.relation();
      if ((r.equals("ccomp") || (r.equals("xcomp") || r.equals("parataxis")) && !actsOnObject(g, governor.index())
          || frontedContent(g, up)) && isReporting(governor)) {
        return governor.index();
      }
      if (!(r.equals("ccomp") || r.equals("xcomp") || r.equals("conj") || r.equals("advcl"))) {
        return null;
      }
      current = up.governor();
      up = g.head(current);
    }
    return up != null && up.governor() == 0 && !isReporting(g.token(current)) ? trailingReporter(g, current) : null;
  }

  /**
   * "At least seven ... companies have sent rockets ... using fake end-user certificates, the SVR claimed
   * in a statement": a verb of saying after a comma, with a subject but neither object nor clause of its
   * own, reports the sentence before it however the parser hung it (here on the last noun).
   */
  private Integer trailingReporter(ClauseGraph g, int root) {
    for (int i = root + 1; i <= g.size(); i++) {
      Token t = g.token(i);
      Dependency up = g.head(i);
      if (isReporting(t) && up != null && up.relation().equals("dep")
          && !g.token(up.governor()).pos().startsWith("VB") && g.child(i, "nsubj") != null && g.child(i, "obj") == null && g.child(i, "ccomp") == null
          && afterComma(g, g.child(i, "nsubj"))) {
        return i;
      }
    }
    return null;
  }

  private static boolean afterComma(ClauseGraph g, int subject) {
    int first = subject;
    for (Dependency d : g.children(subject)) {
      first = Math.min(first, d.dependent());
    }
    return first > 1 && g.token(first - 1).word().equals(",");
  }

  /**
   * "X uncovered Y, Vucic said": the parser sometimes hangs a fronted reported clause on the verb
   * of saying as an adverbial clause. It is content, not an adverbial, when it comes first, has a
   * subject of its own and no subordinator ("after", "when", "because").
   */
  private static boolean frontedContent(ClauseGraph g, Dependency edge) {
    if (!edge.relation().equals("advcl") || edge.dependent() > edge.governor()) {
      return false;
    }
    boolean subject = false;
    for (Dependency d : g.children(edge.dependent())) {
      if (d.relation().equals("mark")) {
        return false;
      }
      subject |= d.relation().startsWith("nsubj");
    }
    return subject;
  }

  /**
   * "Any members ... can add applications to the store for free ; the program costs $ 99 to join": a verb
   * of saying with a thing for its direct object acts on that thing; a clause set beside it or an
   * infinitive after it is nothing it reports (one told to someone still is: "told reporters to wait").
   */
  private static boolean actsOnObject(ClauseGraph g, int verb) {
    Integer object = g.child(verb, "obj");
    return object != null && g.token(object).pos().startsWith("NN") && !Actors.is(g, object);
  }

  /** "according to the Financial Times": the source named in the clause itself. */
  static Integer accordingTo(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl") && Arguments.caseWord(g, d.dependent()).equals("according")) {
        return d.dependent();
      }
    }
    return null;
  }
}
