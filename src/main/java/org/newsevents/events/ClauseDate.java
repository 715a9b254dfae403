package org.newsevents.events;

import java.util.List;
import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.EventDate;
import org.newsevents.model.Timex;
import org.newsevents.model.Token;

/**
 * The date of a clause: a timex attached to its verb (on Thursday, last December), else the one
 * explicit date of its sentence that no other verb claims, else none. A trailing participle takes the
 * date of the clause it hangs on. A "to" infinitive of purpose happens when the clause it serves does:
 * "travel to Moscow on Dec. 4 to meet Putin ... this year" meets him on Dec. 4, the more precise date
 * within its own. It never falls back to the publication date.
 */
final class ClauseDate {
  private static final Set<String> OCCASION_CASES = Set.of("during", "at", "on", "in", "after", "before");

  private ClauseDate() {}

  static EventDate of(ClauseGraph g, int verb, List<Timex> timexes) {
    EventDate own = attached(g, verb, timexes);
    if (own != null) {
      EventDate governing = ControlledInfinitive.governor(g, verb) == null ? null
          : attached(g, ControlledInfinitive.governor(g, verb), timexes);
      return governing != null && governing.value().startsWith(own.value()) ? governing : own;
    }
    Dependency up = g.head(verb);
    if (up != null && up.governor() != 0 && g.token(verb).pos().equals("VBG")
        && (up.relation().equals("conj") || up.relation().equals("dep") || up.relation().equals("advcl"))
        && g.token(up.governor()).pos().startsWith("VB") && g.child(verb, "mark") == null) {
      // "the SVR invoked its heritage on Thursday, accusing Serbia of ...": a trailing participle
      // happens when the clause it hangs on does
      return of(g, up.governor(), timexes);
    }
    Timex only = null;
    for (Timex t : timexes) {
      if (g.sentence().contains(t) && isDate(t) && t.value() != null && !governedByOtherVerb(g, t, verb)) {
        if (only != null) {
          return null;
        }
        only = t;
      }
    }
    return only == null ? null : new EventDate(only.value(), only.id());
  }

  /**
   * A timex attached to the verb itself (on Thursday, last December), or null; a calendar date before a
   * vague reference ("recently visited Moscow again on December 2" is December 2).
   */
  private static EventDate attached(ClauseGraph g, int verb, List<Timex> timexes) {
    EventDate vague = null;
    for (Dependency d : g.children(verb)) {
      if (d.relation().startsWith("obl") || d.relation().equals("advmod") || d.relation().endsWith("tmod")) {
        Timex t = timexAt(g.token(d.dependent()), timexes);
        if (t != null && t.value() != null && isDate(t)) {
          if (Character.isDigit(t.value().charAt(0))) {
            return new EventDate(t.value(), t.id());
          }
          vague = vague == null ? new EventDate(t.value(), t.id()) : vague;
        }
      }
    }
    return vague;
  }

  /**
   * A timex that dates another clause of the sentence ("which Russia annexed in 2014") or a noun ("a
   * report by The Financial Times in June 2024", "since the February 2022 invasion", "a document from
   * 2023") is not ours.
   */
  private static boolean governedByOtherVerb(ClauseGraph g, Timex t, int verb) {
    for (Token token : g.sentence().tokens()) {
      if (t.start() <= token.start() && token.end() <= t.end()) {
        Dependency d = g.head(token.index());
        if (d != null && d.governor() != 0 && d.governor() != verb && !t.contains(g.token(d.governor()))) {
          Token governor = g.token(d.governor());
          if (governor.pos().startsWith("VB")
              || governor.pos().startsWith("NN") && !isOccasionOf(g, governor.index(), verb)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** "discussed the issue during a visit to Moscow earlier this month": the occasion dates the clause. */
  private static boolean isOccasionOf(ClauseGraph g, int noun, int verb) {
    Dependency up = g.head(noun);
    return up != null && up.governor() == verb && up.relation().startsWith("obl")
        && OCCASION_CASES.contains(Arguments.caseWord(g, noun));
  }

  static boolean isTemporal(ClauseGraph g, int index) {
    String ner = g.token(index).ner();
    return ner.equals("DATE") || ner.equals("TIME") || ner.equals("DURATION") || ner.equals("SET");
  }

  private static boolean isDate(Timex t) {
    return t.type().equals("DATE") || t.type().equals("TIME");
  }

  private static Timex timexAt(Token token, List<Timex> timexes) {
    for (Timex t : timexes) {
      if (t.start() <= token.start() && token.end() <= t.end()) {
        return t;
      }
    }
    return null;
  }
}
