package org.newsevents.events;

import java.util.Set;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Token;

/**
 * Who can act: a named entity (person, organisation, place, nationality, ...), a person pronoun, a noun
 * for people or bodies (models/events/actor-nouns.txt: "agents", "police"), or a noun a name qualifies
 * ("Serbian agents", "Russia's army").
 */
final class Actors {
  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "NATIONALITY", "MISC", "TITLE", "IDEOLOGY", "RELIGION");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "they", "we", "i", "him", "her", "them",
      "us", "you", "it", "who");
  private static final Set<String> NOUNS = Set.copyOf(ModelFiles.lines("events/actor-nouns.txt"));

  private Actors() {}

  static boolean isNamed(Token t) {
    return NAMED.contains(t.ner());
  }

  static boolean is(ClauseGraph g, Integer head) {
    if (head == null) {
      return false;
    }
    if (byItself(g.token(head))) {
      return true;
    }
    return g.children(head).stream().anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod")
        || d.relation().equals("nmod:poss")) && isNamed(g.token(d.dependent())));
  }

  /** The word itself can act, a name qualifying it aside ("Boeing 737-800" is a thing, "Boeing" an actor). */
  static boolean byItself(Token t) {
    return isNamed(t) || PERSON_PRONOUNS.contains(t.word().toLowerCase()) || NOUNS.contains(t.lemma().toLowerCase());
  }
}
