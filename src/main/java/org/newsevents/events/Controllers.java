package org.newsevents.events;

import java.util.Set;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Dependency;

/**
 * Who does an infinitive, participle or gerund that has no subject of its own: the governing verb's
 * subject ("agreed to probe", "invoked its heritage, accusing Serbia"), its object when that object can
 * act ("ordered La Prensa to suspend publication", "accused X of spying"), never a thing ("won a
 * contract to supply", "began a hunger strike to demand").
 */
final class Controllers {
  private static final Set<String> OBJECT_CONTROL_PREPOSITIONS = Set.of("of", "in", "from", "for", "into", "as");

  private static final Set<String> OBJECT_SUBJECT_VERBS =
      Set.copyOf(ModelFiles.lines("events/object-subject-verbs.txt"));

  private static final Set<String> SELECTION_VERBS =
      Set.copyOf(ModelFiles.lines("events/selection-verbs.txt"));

  private Controllers() {}

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
   * The governor of this "to" infinitive when the enhanced graph made its object the infinitive's
   * subject but that object cannot act (an event, a contract), or null.
   */
  static Integer objectThatCannotAct(ClauseGraph g, int verb, Integer subject) {
    Dependency up = g.head(verb);
    if (subject == null || up == null || up.governor() == 0 || !up.relation().equals("xcomp")
        || g.child(verb, "nsubj") != null) {
      return null;
    }
    boolean isObject = subject.equals(g.child(up.governor(), "obj")) || g.enhancedChildren(up.governor()).stream()
        .anyMatch(d -> d.relation().equals("obj") && d.dependent() == subject);
    return isObject && !Actors.is(g, subject)
        && !OBJECT_SUBJECT_VERBS.contains(g.token(up.governor()).lemma().toLowerCase()) ? up.governor() : null;
  }

  /** A verb the parser hangs as "dep" right after a comma on an earlier verb: coordinated without "and". */
  private static boolean asyndetic(ClauseGraph g, int verb, Dependency up) {
    return up.relation().equals("dep") && up.governor() < verb && g.child(verb, "aux:pass") == null && verb > 1
        && g.token(verb - 1).word().equals(",");
  }

  /** Who does an infinitive or participle with no subject of its own ("agreed to probe", "handing money"). */
  static Integer controller(ClauseGraph g, int verb, Dependency up, String relation, int depth) {
    String pos = g.token(verb).pos();
    if (relation.equals("acl") && pos.equals("VBG")) {
      return up.governor();
    }
    if ((relation.equals("dep") || relation.equals("conj")) && pos.equals("VBG")
        && g.token(up.governor()).pos().startsWith("VB")) {
      // "the SVR invoked shared heritage, accusing Serbia": a trailing participle shares the subject
      // of the clause it hangs on
      return Arguments.of(g, up.governor(), depth + 1).subject();
    }
    if ((relation.equals("conj") || asyndetic(g, verb, up)) && g.token(up.governor()).pos().startsWith("VB")
        && pos.equals(g.token(up.governor()).pos())
        && g.child(up.governor(), "aux:pass") == null) {
      // "had neither confirmed nor denied the connection", "Apple releases iPhone SDK , announces upcoming
      // update": a coordinated verb of the same form shares the subject of its first conjunct where the
      // enhanced graph gives it none
      return Arguments.of(g, up.governor(), depth + 1).subject();
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
    Arguments governor = Arguments.of(g, up.governor(), depth + 1);
    Integer mark = g.child(verb, "mark");
    if (mark == null && pos.equals("VBG")) {
      mark = g.child(verb, "case");
    }
    // "accused X of spying", "backs Belgrade in refusing", "prevented X from leaving", "quoted Djamal as
    // saying": the object acts;
    // after an adjunct preposition ("despite maintaining", "after meeting") the subject does
    boolean prepositional = mark != null && OBJECT_CONTROL_PREPOSITIONS.contains(g.token(mark).word().toLowerCase());
    String governorLemma = g.token(up.governor()).lemma().toLowerCase();
    // "selected Northrop Grumman to build the aircraft": whoever is chosen does the task
    boolean chosen = SELECTION_VERBS.contains(governorLemma) && mark != null
        && g.token(mark).word().equalsIgnoreCase("to");
    boolean objectControl = relation.equals("xcomp") || prepositional || chosen;
    Integer governorObject = g.child(up.governor(), "obj");
    // "began a hunger strike to demand ...": an object that cannot act is no controller; the
    // infinitive says what the subject does it for
    if (objectControl && governorObject != null && !governorLemma.equals("agree") && Actors.is(g, governorObject)) {
      return governorObject;
    }
    return governor.subject() != null ? governor.subject() : g.child(up.governor(), "nsubj:pass");
  }

}
