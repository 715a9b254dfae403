package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * The subject and object heads of a predicate. Subjects come from the enhanced graph (which carries
 * the subjects of controlled and coordinated verbs), else from the controller of an infinitive or
 * participle. A passive's subject is its by-agent and its object the passive subject or, for a
 * reduced relative ("footage taped by the agency"), the noun it modifies. Relative pronouns resolve to
 * their antecedent through the enhanced graph.
 */
record Arguments(Integer subject, Integer object, Integer location, Integer recipient) {
  static Arguments of(ClauseGraph g, int verb) {
    return of(g, verb, 0);
  }

  static Arguments of(ClauseGraph g, int verb, int depth) {
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
      } else if (object == null && r.equals("obj") && !AgePhrase.is(g, d.dependent())) {
        object = d.dependent();
      }
    }
    if (object == null) {
      object = AgePhrase.objectOf(g, verb);
    }
    subject = FrontedPhrase.subject(g, verb, subject);
    Integer purposeOf = Controllers.objectThatCannotAct(g, verb, subject);
    if (purposeOf != null && depth < 4) {
      // the enhanced graph makes the object of "began a hunger strike to demand ...", "has won a contract
      // to supply ..." the controller; a thing does not act, the subject does
      subject = of(g, purposeOf, depth + 1).subject();
    }
    if (object == null) {
      object = objectAfterDate(g, verb);
    }
    if (object == null) {
      object = ParticipleSubject.objectOf(g, verb);
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
      Integer lost = passiveSubject == null ? ParticipleSubject.lostPassiveSubject(g, verb) : null;
      if (lost != null) {
        object = lost;
      }
      if (agent == null) {
        agent = Obliques.byPhrase(g, verb);
      }
      if (agent == null) {
        agent = sharedAgent(g, verb, up);
      }
      if (object == null) {
        object = passiveSubject != null ? passiveSubject : reducedRelative ? up.governor() : null;
      }
      if (object == null && up != null && depth < 4 && g.child(verb, "aux:pass") != null) {
        // "forced to leave Brussels after being accused of working as a spy": a passive clause with no
        // subject of its own is about the one who controls it
        object = Controllers.controller(g, verb, up, upRelation, depth);
      }
      subject = agent;
    } else if (subject == null && up != null && depth < 4) {
      subject = Controllers.controller(g, verb, up, upRelation, depth);
    }
    if (object == null && !passive) {
      object = sharedObject(g, verb);
    }
    Integer location = Obliques.location(g, verb);
    Integer recipient = object == null ? null : Obliques.recipient(g, verb, object);
    if (object == null) {
      object = Obliques.oblique(g, verb, location);
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
    Integer by = Obliques.byPhrase(g, verb);
    if (by != null && !ClauseDate.isTemporal(g, by) && !g.token(by).ner().matches("NUMBER|PERCENT|MONEY")) {
      return true;
    }
    Dependency up = g.head(verb);
    return up != null && up.governor() != 0 && (up.relation().equals("dep") || up.relation().equals("xcomp"))
        && g.token(up.governor()).pos().startsWith("VB");
  }

  /**
   * "airliners are selected and purchased by the government": a by-agent after two coordinated passives
   * is the second's as well as the first's, where the parser hangs it on the first.
   */
  private static Integer sharedAgent(ClauseGraph g, int verb, Dependency up) {
    if (up == null || up.governor() == 0 || !up.relation().equals("conj")
        || !g.token(up.governor()).pos().equals("VBN")) {
      return null;
    }
    Integer agent = Obliques.byPhrase(g, up.governor());
    return agent != null && agent > verb ? agent : null;
  }

  /** A sentence that ends on a word, without any closing punctuation: a headline. */
  private static boolean isHeadline(ClauseGraph g) {
    return Character.isLetterOrDigit(g.token(g.size()).word().charAt(0));
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
