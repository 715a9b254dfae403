package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.Token;

/**
 * Keeps the clauses that report an action: not states and attitudes ("have", "depend", "see"), and
 * only with an actor on either side (a named entity, a person pronoun or an actor noun such as
 * "agents"), a named thing or a made thing, unless the verb itself has a PLOVER category or an actor
 * is the one who reports it ("the OSCE has stated that ... no final decision has been made": the
 * statement makes it news).
 */
final class Newsworthiness {
  private final Set<String> stateVerbs;

  private final Set<String> eventNouns;
  private final Set<String> artifacts;

  Newsworthiness(Set<String> stateVerbs, Set<String> eventNouns, Set<String> artifacts) {
    this.stateVerbs = stateVerbs;
    this.eventNouns = eventNouns;
    this.artifacts = artifacts;
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
    return spokenByActor || !type.equals("OTHER") || isActor(g, subject)
        || isActor(g, object) || isNamedThing(g, subject) || isNamedThing(g, object)
        || isArtifact(g, subject) || isArtifact(g, object);
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
    return Actors.isNamed(t);
  }

  /**
   * "Spotlight integrates search in the core of the OS", "The iPhone only made its appearance as a
   * prototype": a thing with a name of its own (a product, a program, a craft) is a participant the
   * news is about, even when the tagger names no entity.
   */
  static boolean isNamedThing(ClauseGraph g, Integer head) {
    if (head == null) {
      return false;
    }
    return g.token(head).pos().startsWith("NNP") || g.children(head).stream()
        .anyMatch(d -> d.relation().equals("compound") && g.token(d.dependent()).pos().startsWith("NNP"));
  }

  /**
   * "The new planes will be fitted with winglets", "the left winglet struck the side of the hangar": a
   * made thing (a craft, a weapon, a device, software, an installation; models/events/artifact-nouns.txt)
   * or a market figure ("the price for the iPhone has been reduced") is a participant the news is about,
   * as a named thing is.
   */
  boolean isArtifact(ClauseGraph g, Integer head) {
    return head != null && artifacts.contains(g.token(head).lemma().toLowerCase());
  }

  boolean isEventNoun(ClauseGraph g, Integer head) {
    return head != null && eventNouns.contains(g.token(head).lemma().toLowerCase());
  }

  boolean isActor(ClauseGraph g, Integer head) {
    return Actors.is(g, head);
  }
}
