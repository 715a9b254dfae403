package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsevents.model.Dependency;

/**
 * The subject and object heads of a predicate. Subjects come from the enhanced graph (which carries
 * the subjects of controlled and coordinated verbs), else from the controller of an infinitive or
 * participle. A passive's subject is its by-agent and its object the passive subject or, for a
 * reduced relative ("footage taped by the agency"), the noun it modifies. Relative pronouns resolve to
 * their antecedent through the enhanced graph.
 */
record Arguments(Integer subject, Integer object, Integer location, Integer recipient) {
  private static final Set<String> NOT_OBJECT_CASES = Set.of("according", "as", "despite", "because", "due",
      "since", "until", "before", "after", "during", "like", "than", "among");
  private static final Set<String> OBJECT_CONTROL_PREPOSITIONS = Set.of("of", "in", "from", "for", "into");
  private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "inside", "outside");

  static Arguments of(ClauseGraph g, int verb) {
    return of(g, verb, 0);
  }

  private static Arguments of(ClauseGraph g, int verb, int depth) {
    Integer subject = null;
    Integer passiveSubject = null;
    Integer agent = null;
    Integer object = null;
    for (Dependency d : g.enhancedChildren(verb)) {
      String r = d.relation();
      if ((r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("csubj"))
          && (subject == null || namesOver(g, d.dependent(), subject))) {
        subject = d.dependent();
      } else if (passiveSubject == null && (r.equals("nsubj:pass") || r.equals("csubj:pass"))) {
        passiveSubject = d.dependent();
      } else if (agent == null && r.equals("obl:agent")) {
        agent = d.dependent();
      } else if (object == null && r.equals("obj")) {
        object = d.dependent();
      }
    }
    if (object == null) {
      object = g.child(verb, "obj");
    }
    Integer purposeOf = objectThatCannotAct(g, verb, subject);
    if (purposeOf != null && depth < 4) {
      // the enhanced graph makes the object of "began a hunger strike to demand ...", "has won a contract
      // to supply ..." the controller; a thing does not act, the subject does
      subject = of(g, purposeOf, depth + 1).subject();
    }
    if (object == null) {
      object = objectAfterDate(g, verb);
    }
    Integer indirect = g.child(verb, "iobj");
    if (object == null && indirect != null && !Newsworthiness.isNamed(g.token(indirect))) {
      // "Serbia exported 800 million euros worth of ammunition": a measure phrase the parser takes
      // for an indirect object is the only object the verb has; a named recipient is no theme
      object = indirect;
    }
    Dependency up = g.head(verb);
    String upRelation = up == null ? "root" : up.relation();
    boolean reducedRelative = upRelation.equals("acl") && g.token(verb).pos().equals("VBN");
    boolean passive = passiveSubject != null || g.child(verb, "aux:pass") != null || reducedRelative;
    if (!passive && subject != null && bareParticiple(g, verb)) {
      // "Footage ... taped by the Serbian agency", "see Dreamliners delivered to six airlines": a past
      // participle with no auxiliary is passive even when the parser calls its theme a subject
      passive = true;
      passiveSubject = subject;
    }
    if (passive) {
      if (agent == null) {
        agent = byPhrase(g, verb);
      }
      if (object == null) {
        object = passiveSubject != null ? passiveSubject : reducedRelative ? up.governor() : null;
      }
      if (object == null && up != null && depth < 4 && g.child(verb, "aux:pass") != null) {
        // "forced to leave Brussels after being accused of working as a spy": a passive clause with no
        // subject of its own is about the one who controls it
        object = controller(g, verb, up, upRelation, depth);
      }
      subject = agent;
    } else if (subject == null && up != null && depth < 4) {
      subject = controller(g, verb, up, upRelation, depth);
    }
    if (object == null && !passive) {
      object = sharedObject(g, verb);
    }
    Integer location = location(g, verb);
    Integer recipient = object == null ? null : recipient(g, verb, object);
    if (object == null) {
      object = oblique(g, verb, location);
    }
    return new Arguments(subject, object, location, recipient);
  }

  /**
   * A past participle without auxiliary whose "subject" is its theme: it has a by-agent ("Footage taped
   * by the agency"), is the small-clause complement of another verb ("see Dreamliners delivered") or heads
   * its sentence without an object, as a headline does ("First Airbus A380 delivered").
   * A bare VBN heading a clause of its own is more often a past tense the tagger got wrong.
   */
  private static boolean bareParticiple(ClauseGraph g, int verb) {
    if (g.child(verb, "aux") != null || g.child(verb, "nsubj") == null) {
      return false;
    }
    if (isHeadline(g) && g.head(verb) != null && g.head(verb).governor() == 0 && g.child(verb, "obj") == null
        && g.token(verb).pos().matches("VBN|VBD")) {
      // a headline drops its auxiliary: "First Airbus A380 delivered", "Boeing allowed to bid ... again"
      return true;
    }
    if (!g.token(verb).pos().equals("VBN")) {
      return false;
    }
    Integer by = byPhrase(g, verb);
    if (by != null && !ClauseDate.isTemporal(g, by) && !g.token(by).ner().matches("NUMBER|PERCENT|MONEY")) {
      return true;
    }
    Dependency up = g.head(verb);
    return up != null && up.governor() != 0 && (up.relation().equals("dep") || up.relation().equals("xcomp"))
        && g.token(up.governor()).pos().startsWith("VB");
  }

  /** A sentence that ends on a word, without any closing punctuation: a headline. */
  private static boolean isHeadline(ClauseGraph g) {
    return Character.isLetterOrDigit(g.token(g.size()).word().charAt(0));
  }

  /**
   * "accused military representatives of some Western countries of spying on Serbia": the parser hangs
   * the gerund on the nearest noun; when that noun lies in the direct object of a verb and the gerund's
   * preposition is one of object control, the object does it.
   */
  private static Integer objectOfGoverningVerb(ClauseGraph g, int gerund, int noun) {
    Integer c = g.child(gerund, "case");
    if (c == null || !OBJECT_CONTROL_PREPOSITIONS.contains(g.token(c).word().toLowerCase())) {
      return null;
    }
    int current = noun;
    Dependency up = g.head(current);
    int guard = 0;
    while (up != null && up.governor() != 0 && up.relation().startsWith("nmod") && guard++ < g.size()) {
      current = up.governor();
      up = g.head(current);
    }
    return up != null && up.relation().equals("obj") && g.token(up.governor()).pos().startsWith("VB") ? current : null;
  }

  /**
   * "Beirut again rejected Thursday a United Nations appeal": with a day name between a verb and its
   * object, the parser hangs the object on the day as "dep"; it is the verb's object.
   */
  private static Integer objectAfterDate(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().endsWith("tmod") && d.dependent() == verb + 1) {
        for (Dependency t : g.children(d.dependent())) {
          if (t.relation().equals("dep") && t.dependent() > d.dependent()
              && g.token(t.dependent()).pos().startsWith("NN")) {
            return t.dependent();
          }
        }
      }
    }
    return null;
  }

  /**
   * "had neither confirmed nor denied the connection": the object after two coordinated verbs is the
   * second's as well as the first's, where the parser hangs it on the first.
   */
  private static Integer sharedObject(ClauseGraph g, int verb) {
    Dependency up = g.head(verb);
    if (up == null || !up.relation().equals("conj") || !g.token(up.governor()).pos().startsWith("VB")
        || g.child(verb, "ccomp") != null || g.child(verb, "xcomp") != null) {
      return null;
    }
    Integer first = g.child(up.governor(), "obj");
    return first != null && first > verb ? first : null;
  }

  /**
   * The governor of this "to" infinitive when the enhanced graph made its object the infinitive's
   * subject but that object cannot act (an event, a contract), or null.
   */
  private static Integer objectThatCannotAct(ClauseGraph g, int verb, Integer subject) {
    Dependency up = g.head(verb);
    if (subject == null || up == null || up.governor() == 0 || !up.relation().equals("xcomp")
        || g.child(verb, "nsubj") != null) {
      return null;
    }
    boolean isObject = subject.equals(g.child(up.governor(), "obj")) || g.enhancedChildren(up.governor()).stream()
        .anyMatch(d -> d.relation().equals("obj") && d.dependent() == subject);
    return isObject && !Actors.is(g, subject) ? up.governor() : null;
  }

  /** Who does an infinitive or participle with no subject of its own ("agreed to probe", "handing money"). */
  private static Integer controller(ClauseGraph g, int verb, Dependency up, String relation, int depth) {
    String pos = g.token(verb).pos();
    if (relation.equals("acl") && pos.equals("VBG")) {
      return up.governor();
    }
    if ((relation.equals("dep") || relation.equals("conj")) && pos.equals("VBG")
        && g.token(up.governor()).pos().startsWith("VB")) {
      // "the SVR invoked shared heritage, accusing Serbia": a trailing participle shares the subject
      // of the clause it hangs on
      return of(g, up.governor(), depth + 1).subject();
    }
    if (relation.equals("conj") && g.token(up.governor()).pos().startsWith("VB")
        && pos.equals(g.token(up.governor()).pos())
        && g.child(up.governor(), "aux:pass") == null) {
      // "had neither confirmed nor denied the connection": a coordinated verb of the same form shares
      // the subject of its first conjunct where the enhanced graph gives it none
      return of(g, up.governor(), depth + 1).subject();
    }
    if (relation.equals("nmod") && pos.equals("VBG")) {
      return objectOfGoverningVerb(g, verb, up.governor());
    }
    boolean purposeAsDep = relation.equals("dep") && g.child(verb, "mark") != null
        && g.token(g.child(verb, "mark")).word().equalsIgnoreCase("to");
    if (MistakenAuxiliary.of(g, verb) != null) {
      // "Vulin had neither confirmed nor denied ...": the parser can take the auxiliary "had" for a verb
      // with a clausal object; its subject is the participle's
      return g.child(MistakenAuxiliary.of(g, verb), "nsubj");
    }
    if (!(relation.equals("xcomp") || relation.equals("advcl") || relation.equals("acl") || purposeAsDep)) {
      return null;
    }
    if (!g.token(up.governor()).pos().startsWith("VB")) {
      return null;
    }
    Arguments governor = of(g, up.governor(), depth + 1);
    Integer mark = g.child(verb, "mark");
    if (mark == null && pos.equals("VBG")) {
      mark = g.child(verb, "case");
    }
    // "accused X of spying", "backs Belgrade in refusing", "prevented X from leaving": the object acts;
    // after an adjunct preposition ("despite maintaining", "after meeting") the subject does
    boolean prepositional = mark != null && OBJECT_CONTROL_PREPOSITIONS.contains(g.token(mark).word().toLowerCase());
    boolean objectControl = relation.equals("xcomp") || prepositional;
    Integer governorObject = g.child(up.governor(), "obj");
    // "began a hunger strike to demand ...": an object that cannot act is no controller; the
    // infinitive says what the subject does it for
    String governorLemma = g.token(up.governor()).lemma().toLowerCase();
    if (objectControl && governorObject != null && !governorLemma.equals("agree") && Actors.is(g, governorObject)) {
      return governorObject;
    }
    return governor.subject() != null ? governor.subject() : g.child(up.governor(), "nsubj:pass");
  }

  /** Beside a theme, the one it goes to: an indirect object ("gave Russia an ultimatum") or a to-phrase. */
  private static Integer recipient(ClauseGraph g, int verb, int object) {
    Integer indirect = g.child(verb, "iobj");
    if (indirect != null && indirect != object) {
      return indirect;
    }
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl") && d.dependent() != object && caseWord(g, d.dependent()).equals("to")
          && !ClauseDate.isTemporal(g, d.dependent())) {
        return d.dependent();
      }
    }
    return null;
  }

  private static Integer byPhrase(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl") && caseWord(g, d.dependent()).equals("by")) {
        return d.dependent();
      }
    }
    return null;
  }

  /** A prepositional place in or at a named location ("arrested in Moscow"). */
  private static Integer location(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl") && PLACE_CASES.contains(caseWord(g, d.dependent()))
          && g.token(d.dependent()).ner().matches("LOCATION|CITY|COUNTRY|STATE_OR_PROVINCE")) {
        return d.dependent();
      }
    }
    return null;
  }

  /** Without a direct object, a prepositional argument ("travel to Moscow") or a clausal complement. */
  private static Integer oblique(ClauseGraph g, int verb, Integer location) {
    List<Integer> candidates = new ArrayList<>();
    for (Dependency d : g.children(verb)) {
      int i = d.dependent();
      if (d.relation().equals("obl") && !ClauseDate.isTemporal(g, i) && !Integer.valueOf(i).equals(location)
          && !NOT_OBJECT_CASES.contains(caseWord(g, i)) && i > verb) {
        candidates.add(i);
      }
    }
    for (Integer c : candidates) {
      // "voted in the United Nations against resolutions": a place is a setting, not what is acted on
      if (!PLACE_CASES.contains(caseWord(g, c))) {
        return c;
      }
    }
    if (!candidates.isEmpty()) {
      return candidates.get(0);
    }
    return g.child(verb, "xcomp");
  }

  /** "The PRC demanded that the US cancel the sale": whom a demand or a claim is about. */
  static Integer complementSubject(ClauseGraph g, int verb) {
    Integer ccomp = g.child(verb, "ccomp");
    if (ccomp == null) {
      ccomp = forToClause(g, verb);
    }
    if (ccomp == null) {
      return null;
    }
    Integer subject = g.child(ccomp, "nsubj");
    return subject != null ? subject : g.child(ccomp, "nsubj:pass");
  }

  /**
   * "The Serbian Minister of Interior Vulin visited Moscow": the parser can split a title and the name
   * after it into two subjects; the name is the subject.
   */
  private static boolean namesOver(ClauseGraph g, int candidate, int current) {
    return candidate > current && (g.token(candidate).ner().equals("PERSON") && !g.token(current).ner().equals("PERSON")
        || Newsworthiness.isNamed(g.token(candidate)) && g.token(current).ner().equals("O"));
  }

  /** "pushes for its diplomats to be placed": a for-to clause is the complement. */
  private static Integer forToClause(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("advcl") || d.relation().equals("xcomp")) {
        for (Dependency m : g.children(d.dependent())) {
          if (m.relation().equals("mark") && g.token(m.dependent()).word().equalsIgnoreCase("for")) {
            return d.dependent();
          }
        }
      }
    }
    return null;
  }

  static String caseWord(ClauseGraph g, int head) {
    Integer c = g.child(head, "case");
    return c == null ? "" : g.token(c).word().toLowerCase();
  }
}
