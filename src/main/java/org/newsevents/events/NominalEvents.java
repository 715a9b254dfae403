package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.Token;

/**
 * Event nouns with an argument attached: "the arrest of Pivovarov" (patient), "Boeing's purchase"
 * (the possessor in the role the lexicon gives the noun), "the attack by rebels" and "the Qatar Airways
 * order" (agent), "the Airbus A400M maiden flight" (a named thing before a noun of what happens to it),
 * and the prepositional roles of {@link NounCases} ("an order from Qatar Airways for 60 jets", "a
 * dispute between Airbus and Boeing"). A bare event noun, or one a light verb already carries ("placed an order"), is not an
 * event of its own.
 */
final class NominalEvents {
  record Nominal(int noun, Integer subject, Integer object) {}

  private static final Set<String> NAMED_ACTORS = Set.of("ORGANIZATION", "PERSON", "COUNTRY", "NATIONALITY");

  private final Map<String, String> possessorRoles;
  private final EventTypes types;
  private final NounCases cases;

  NominalEvents(Map<String, String> possessorRoles, EventTypes types, NounCases cases) {
    this.possessorRoles = possessorRoles;
    this.types = types;
    this.cases = cases;
  }

  List<Nominal> of(ClauseGraph g) {
    List<Nominal> out = new ArrayList<>();
    for (Token t : g.sentence().tokens()) {
      String role = possessorRoles.get(t.lemma().toLowerCase());
      // a capitalised noun is part of a name ("Air France Flight 447", "Worldwide Developers Conference")
      if (role == null || !(t.pos().equals("NN") || t.pos().equals("NNS")) || carriedByLightVerb(g, t.index())) {
        continue;
      }
      NounCases.Parties byCase = cases.parties(g, t.index());
      Integer agent = byCase.agent();
      Integer patient = byCase.patient();
      Integer possessor = null;
      Integer namedActor = null;
      Integer namedThing = null;
      for (Dependency d : g.enhancedChildren(t.index())) {
        switch (d.relation()) {
          case "nmod:poss" -> possessor = ClauseDate.isTemporal(g, d.dependent()) ? null : d.dependent();
          case "nmod:of" -> patient = d.dependent();
          case "nmod:by", "nmod:agent" -> agent = d.dependent();
          case "compound" -> {
            if (isNamedActor(g, d.dependent())) {
              namedActor = d.dependent();
            } else if (role.equals("patient") && g.token(d.dependent()).pos().startsWith("NNP")) {
              // "the Airbus A400M maiden flight": a named thing before a noun of what happens to it
              namedThing = d.dependent();
            }
          }
          default -> { }
        }
      }
      if (possessor != null) {
        // "the jet's delivery" (patient) but "Boeing's delivery of the jet" (agent)
        if (role.equals("patient") && patient == null) {
          patient = possessor;
        } else if (agent == null) {
          agent = possessor;
        }
      }
      agent = agent == null ? namedActor : agent;
      agent = agent == null ? StateOfEvent.agent(g, t.index()) : agent;
      patient = patient == null ? namedThing : patient;
      if (agent == null && (patient != null || possessor != null)) {
        agent = governingSubject(g, t.index());
      }
      if (agent != null || patient != null) {
        out.add(new Nominal(t.index(), agent, patient));
      }
    }
    return out;
  }

  /** "the Qatar Airways order": a named organisation, person or country before the noun is its agent. */
  private static boolean isNamedActor(ClauseGraph g, int index) {
    return NAMED_ACTORS.contains(g.token(index).ner());
  }

  /**
   * "Aeroflot announced the purchase of 22 jets": the subject of the verb whose object the noun is, if it
   * can act ("The statement caused a sharp decrease of Apple share prices": a statement decreases nothing).
   */
  private static Integer governingSubject(ClauseGraph g, int noun) {
    Dependency up = g.head(noun);
    Integer subject = up != null && up.relation().equals("obj") ? Arguments.of(g, up.governor()).subject() : null;
    return subject != null && Actors.is(g, subject) ? subject : null;
  }

  private boolean carriedByLightVerb(ClauseGraph g, int noun) {
    Dependency up = g.head(noun);
    return up != null && up.relation().equals("obj") && types.isLightVerb(g.token(up.governor()).lemma().toLowerCase());
  }
}
