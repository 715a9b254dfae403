package org.newsevents.events;

import java.util.HashMap;
import java.util.Map;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Dependency;

/**
 * The role a preposition gives a phrase attached to an event noun, by class of noun
 * (models/events/event-noun-cases.tsv): "an order from Qatar Airways" (agent), "a deal with Boeing"
 * (patient), "a dispute between Airbus and Boeing" (both).
 */
final class NounCases {
  /** The agent and patient heads the prepositional phrases on an event noun give, either null. */
  record Parties(Integer agent, Integer patient) {}

  private final Map<String, String> roles = new HashMap<>();

  NounCases(String path) {
    for (String line : ModelFiles.lines(path)) {
      String[] cols = line.split("\t");
      for (String noun : cols[2].split(" ")) {
        roles.put(cols[0] + " " + noun, cols[1]);
      }
    }
  }

  /** The role of a {@code preposition} phrase on {@code noun}: agent, patient, both; or null. */
  String role(String noun, String preposition) {
    return roles.get(preposition + " " + noun);
  }

  /** The parties of the event noun at {@code noun} that its prepositional phrases name. */
  Parties parties(ClauseGraph g, int noun) {
    String lemma = g.token(noun).lemma().toLowerCase();
    Integer agent = null;
    Integer patient = null;
    Integer first = null;
    for (Dependency d : g.enhancedChildren(noun)) {
      String role = d.relation().startsWith("nmod:") ? role(lemma, preposition(g, d)) : null;
      if (role == null || ClauseDate.isTemporal(g, d.dependent())) {
        continue;
      }
      if (role.equals("agent") && agent == null) {
        agent = d.dependent();
      } else if (role.equals("patient") && patient == null) {
        patient = d.dependent();
      } else if (role.equals("both") && first == null) {
        first = d.dependent();
      } else if (role.equals("both") && patient == null) {
        // "a dispute between Airbus and Boeing": the first party is the agent, the second the patient
        agent = agent == null ? first : agent;
        patient = d.dependent();
      }
    }
    // "a long-running dispute between the two companies": one plural party is the agent
    return new Parties(agent == null ? first : agent, patient);
  }

  /**
   * The preposition that opens the phrase: its first case word, which the enhanced relation can lose
   * to a later one ("an order for up to 60 jets" is nmod:to); else the relation's own.
   */
  private static String preposition(ClauseGraph g, Dependency d) {
    for (Dependency c : g.children(d.dependent())) {
      if (c.relation().equals("case") && c.dependent() < d.dependent()) {
        return g.token(c.dependent()).word().toLowerCase();
      }
    }
    return d.relation().substring(5);
  }
}
