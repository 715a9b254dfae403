package org.newsevents.events;

import java.util.HashMap;
import java.util.Map;
import org.newsevents.lexicon.ModelFiles;

/**
 * The role a preposition gives a phrase attached to an event noun, by class of noun
 * (models/events/event-noun-cases.tsv): "an order from Qatar Airways" (agent), "a deal with Boeing"
 * (patient), "a dispute between Airbus and Boeing" (both).
 */
final class NounCases {
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
}
