package org.newsevents.time;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsevents.model.Dependency;
import org.newsevents.model.Sentence;
import org.newsevents.model.Span;
import org.newsevents.model.Token;

/** The verb whose clause a span sits in, and that verb's tense, read from the dependency tree. */
public final class GoverningVerb {
  private GoverningVerb() {}

  /** The token heading the span: the one in the span whose governor lies outside it. */
  public static Optional<Token> head(Sentence s, Span span) {
    Map<Integer, Integer> governor = governors(s);
    for (Token t : s.tokens()) {
      if (t.start() >= span.start() && t.end() <= span.end()) {
        Integer g = governor.get(t.index());
        if (g == null || g == 0 || !inside(s.token(g), span)) {
          return Optional.of(t);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The nearest verb at or above the span's head; a predicate adjective or noun with its copula ("will be
   * payable Jan. 3", "was chairman until May") stands for the verb, as its clause's tense is on the copula.
   */
  public static Optional<Token> of(Sentence s, Span span) {
    Optional<Token> head = head(s, span);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Map<Integer, Integer> governor = governors(s);
    int i = head.get().index();
    for (int steps = 0; i > 0 && steps < s.tokens().size(); steps++) {
      Token t = s.token(i);
      if ((t.pos().startsWith("VB") || copular(s, t) != null) && !inside(t, span)) {
        return Optional.of(t);
      }
      Integer g = governor.get(i);
      i = g == null ? 0 : g;
    }
    return Optional.empty();
  }

  /** The tense of the span's governing verb. */
  public static Tense tenseOf(Sentence s, Span span) {
    return of(s, span).map(v -> tense(s, v, 0)).orElse(Tense.UNKNOWN);
  }

  /** The tense of a verb from its tag, its auxiliaries and, for an infinitive, the verb above it. */
  public static Tense tense(Sentence s, Token verb, int depth) {
    List<Dependency> edges = s.dependencies();
    if (TimeLexicon.PLAN_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
      return planTense(s, verb, depth);
    }
    boolean infinitive = false;
    boolean modal = false;
    boolean perfect = false;
    String passiveOrPerfect = null;
    for (Dependency d : edges) {
      if (d.governor() != verb.index()) {
        continue;
      }
      Token child = s.token(d.dependent());
      String word = child.word().toLowerCase(Locale.ROOT);
      if (d.relation().startsWith("aux")) {
        if (TimeLexicon.FUTURE_AUXILIARIES.contains(word)) {
          return Tense.FUTURE;
        }
        if (TimeLexicon.MODAL_AUXILIARIES.contains(word)) {
          modal = true;
        } else if (child.lemma().equals("have")) {
          perfect = true;
        }
        if (word.equals("to")) {
          infinitive = true;
        } else if (child.pos().equals("VBD")) {
          passiveOrPerfect = "past";
        } else if (child.pos().equals("VBZ") || child.pos().equals("VBP")) {
          passiveOrPerfect = child.lemma().equals("have") ? "past" : "present";
        }
      } else if (d.relation().equals("mark") && word.equals("to")) {
        infinitive = true;
      }
    }
    if (modal) {
      return perfect || couldNot(s, verb) ? Tense.PAST : Tense.FUTURE;
    }
    if (infinitive && "present".equals(passiveOrPerfect) && beAuxiliary(s, verb)) {
      // "is to resume trading in Paris Tuesday", "are to meet Friday": be + to-infinitive, an arrangement ahead
      return Tense.FUTURE;
    }
    if (infinitive) {
      Token above = governorVerb(s, verb);
      if (above != null && isXcomp(s, verb) && TimeLexicon.FUTURE_CUES.contains(above.lemma().toLowerCase(Locale.ROOT))) {
        return pastPerfect(s, above) ? Tense.PAST : Tense.FUTURE;
      }
      return above == null || depth > 3 ? Tense.UNKNOWN : tense(s, above, depth + 1);
    }
    if (passiveOrPerfect != null) {
      return passiveOrPerfect.equals("past") ? Tense.PAST : Tense.PRESENT;
    }
    Token cop = verb.pos().startsWith("VB") ? null : copular(s, verb);
    if (cop == null && verb.pos().equals("VBG") && depth <= 3) {
      // a participle with no auxiliary ("Stocks rose, leaving the index near its high set on Aug. 6") takes
      // the tense of the clause it hangs on
      Token above = governorVerb(s, verb);
      if (above != null && above.pos().startsWith("VB")) {
        return tense(s, above, depth + 1);
      }
    }
    return switch (cop != null ? cop.pos() : verb.pos()) {
      case "VBD" -> Tense.PAST;
      case "VBN" -> Tense.PAST;
      case "VBZ", "VBP" -> Tense.PRESENT;
      default -> Tense.UNKNOWN;
    };
  }

  /**
   * A plan looks ahead from when it was made ("is scheduled to travel on Dec. 4", "protesters planned a
   * demonstration on Saturday"), but a plan named in a past clause ("a service planned for Saturday was
   * canceled") is already past, and so is one in the past perfect ("had been scheduled to expire at
   * midnight Friday"): the plan and its day lie before the time of writing.
   */
  private static Tense planTense(Sentence s, Token verb, int depth) {
    boolean hasAux = s.dependencies().stream().anyMatch(d -> d.governor() == verb.index() && d.relation().startsWith("aux"));
    if (pastPerfect(s, verb)) {
      return Tense.PAST;
    }
    if (verb.pos().equals("VBN") && !hasAux && depth <= 3) {
      Token above = verbAbove(s, verb);
      if (above != null && tense(s, above, depth + 1) == Tense.PAST) {
        return Tense.PAST;
      }
    }
    return Tense.FUTURE;
  }

  /**
   * "could" denied ("could not be reached Tuesday", "Neither he nor his parents could be located Wednesday"):
   * an attempt the story reports, in the past, not a possibility ahead.
   */
  private static boolean couldNot(Sentence s, Token verb) {
    boolean could = false;
    boolean denied = false;
    for (Dependency d : s.dependencies()) {
      Token child = s.token(d.dependent());
      String word = child.word().toLowerCase(Locale.ROOT);
      if (d.governor() == verb.index() && d.relation().startsWith("aux") && word.equals("could")) {
        could = true;
      } else if (d.governor() == verb.index() && d.relation().equals("advmod") && TimeLexicon.NEGATIONS.contains(word)) {
        denied = true;
      } else if (d.relation().equals("cc:preconj") && word.equals("neither") && child.index() < verb.index()) {
        denied = true;
      }
    }
    return could && denied;
  }

  /** Whether the verb has a form of "be" for an auxiliary ("is to resume"). */
  private static boolean beAuxiliary(Sentence s, Token verb) {
    return s.dependencies().stream().anyMatch(d -> d.governor() == verb.index() && d.relation().equals("aux")
        && s.token(d.dependent()).lemma().equals("be"));
  }

  /** Whether the verb has "had" for an auxiliary ("had been scheduled", "had planned"). */
  private static boolean pastPerfect(Sentence s, Token verb) {
    return s.dependencies().stream().anyMatch(d -> d.governor() == verb.index() && d.relation().startsWith("aux")
        && s.token(d.dependent()).word().equalsIgnoreCase("had"));
  }

  /** The nearest verb above a token, through the nouns it may modify. */
  private static Token verbAbove(Sentence s, Token from) {
    Map<Integer, Integer> governor = governors(s);
    Integer g = governor.get(from.index());
    for (int steps = 0; g != null && g > 0 && steps < s.tokens().size(); steps++) {
      Token t = s.token(g);
      if (t.pos().startsWith("VB")) {
        return t;
      }
      g = governor.get(g);
    }
    return null;
  }

  /** The copula of a predicate adjective or noun ("is" in "is payable"), or null. */
  private static Token copular(Sentence s, Token predicate) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() == predicate.index() && d.relation().equals("cop")) {
        return s.token(d.dependent());
      }
    }
    return null;
  }

  private static Token governorVerb(Sentence s, Token verb) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == verb.index() && d.governor() > 0) {
        Token g = s.token(d.governor());
        return g.pos().startsWith("VB") || g.pos().startsWith("JJ") ? g : null;
      }
    }
    return null;
  }

  private static boolean isXcomp(Sentence s, Token verb) {
    return s.dependencies().stream().anyMatch(d -> d.dependent() == verb.index() && d.relation().equals("xcomp"));
  }

  private static boolean inside(Token t, Span span) {
    return t.start() >= span.start() && t.end() <= span.end();
  }

  private static Map<Integer, Integer> governors(Sentence s) {
    Map<Integer, Integer> out = new HashMap<>();
    for (Dependency d : s.dependencies()) {
      if (!d.relation().equals("root")) {
        out.put(d.dependent(), d.governor());
      }
    }
    return out;
  }
}
