package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * The subject and object heads of a verb. Active subjects come from the enhanced graph, which
 * carries the subjects of controlled and coordinated verbs; a passive's subject is its object and
 * its by-agent its subject.
 */
record Arguments(Integer subject, Integer object) {
  static Arguments of(ClauseGraph g, int verb) {
    Integer subject = null;
    Integer object = null;
    Integer passiveSubject = null;
    Integer agent = null;
    for (Dependency d : g.enhancedChildren(verb)) {
      String r = d.relation();
      if (subject == null && (r.equals("nsubj") || r.equals("nsubj:xsubj") || r.equals("csubj"))) {
        subject = d.dependent();
      } else if (passiveSubject == null && r.equals("nsubj:pass")) {
        passiveSubject = d.dependent();
      } else if (agent == null && (r.equals("obl:agent") || r.equals("obl:by") && isPassive(g, verb))) {
        agent = d.dependent();
      }
    }
    object = g.child(verb, "obj");
    if (passiveSubject != null) {
      if (object == null) {
        object = passiveSubject;
      }
      subject = agent;
    }
    if (object == null) {
      object = firstPlaceOrTheme(g, verb);
    }
    return new Arguments(subject, object);
  }

  private static boolean isPassive(ClauseGraph g, int verb) {
    return g.child(verb, "aux:pass") != null;
  }

  /** Without a direct object, a prepositional argument ("travel to Moscow") or a clausal complement. */
  private static Integer firstPlaceOrTheme(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl") && !ClauseDate.isTemporal(g, d.dependent())) {
        return d.dependent();
      }
    }
    return g.child(verb, "xcomp");
  }
}
