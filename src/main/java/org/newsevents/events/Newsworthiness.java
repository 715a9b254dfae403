package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.Token;

/**
 * Keeps the clauses that report an action: not states and attitudes ("have", "depend", "see"), and
 * only with an actor on either side (a named entity, a person pronoun or an actor noun such as
 * "agents") unless the verb itself has a PLOVER category or an actor is the one who reports it ("the
 * OSCE has stated that ... no final decision has been made": the statement makes it news).
 */
final class Newsworthiness {
  private static final Set<String> ACTOR_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION", "COUNTRY", "CITY",
      "STATE_OR_PROVINCE", "NATIONALITY", "MISC", "TITLE", "IDEOLOGY", "RELIGION");
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "they", "we", "i", "him", "her", "them",
      "us", "you", "it", "who");

  private final Set<String> stateVerbs;
  private final Set<String> actorNouns;

  private final Set<String> eventNouns;

  Newsworthiness(Set<String> stateVerbs, Set<String> actorNouns, Set<String> eventNouns) {
    this.stateVerbs = stateVerbs;
    this.actorNouns = actorNouns;
    this.eventNouns = eventNouns;
  }

  boolean isState(String lemma) {
    return stateVerbs.contains(lemma);
  }

  /** @param spokenByActor an actor is the speaker who reports the clause */
  boolean keep(ClauseGraph g, String lemma, String type, Integer subject, Integer object, boolean spokenByActor) {
    if (stateVerbs.contains(lemma) && type.equals("OTHER")) {
      return false;
    }
    if (lemma.equals("have") && !isEventNoun(g, object)) {
      // "Vucic has had multiple meetings" is an event, "the two countries have strong ties" a state
      return false;
    }
    return Boolean.getBoolean("noactor") || spokenByActor || !type.equals("OTHER") || isActor(g, subject)
        || isActor(g, object);
  }

  /**
   * An untyped active verb left without a subject ("a man identified as Kleban", "speaking to RTS",
   * "countries allied with NATO") names a circumstance, not an action anyone is reported to have taken.
   * An agentless passive ("was made public") still reports one: its agent is merely unsaid.
   */
  boolean unanchored(ClauseGraph g, int verb, String type, Integer subject) {
    if (!type.equals("OTHER")) {
      return false;
    }
    if (subject == null) {
      return g.child(verb, "aux:pass") == null && g.child(verb, "nsubj:pass") == null;
    }
    return isDescriptiveParticiple(g, verb);
  }

  /**
   * "Serbian defense workers profiting from the conflict", "an all-Airbus fleet consisting of 30
   * aircraft": a present participle modifying a noun describes what the noun is or does, it does not
   * report an action, unless the verb itself has a PLOVER category ("protests demanding protection").
   */
  private static boolean isDescriptiveParticiple(ClauseGraph g, int verb) {
    Dependency up = g.head(verb);
    return up != null && up.relation().equals("acl") && g.token(verb).pos().equals("VBG");
  }

  static boolean isNamed(Token t) {
    return ACTOR_NER.contains(t.ner());
  }

  boolean isEventNoun(ClauseGraph g, Integer head) {
    return head != null && eventNouns.contains(g.token(head).lemma().toLowerCase());
  }

  boolean isActor(ClauseGraph g, Integer head) {
    if (head == null) {
      return false;
    }
    Token t = g.token(head);
    if (ACTOR_NER.contains(t.ner()) || PERSON_PRONOUNS.contains(t.word().toLowerCase())) {
      return true;
    }
    if (actorNouns.contains(t.lemma().toLowerCase())) {
      return true;
    }
    return g.children(head).stream().anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod")
        || d.relation().equals("nmod:poss")) && ACTOR_NER.contains(g.token(d.dependent()).ner()));
  }
}
