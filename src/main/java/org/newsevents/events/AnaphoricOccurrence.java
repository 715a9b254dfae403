package org.newsevents.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.model.EventTriple;

/**
 * "The video ... showed a man ... meeting a Serbian retired army officer ... Vucic said the meeting took
 * place last December": "the meeting" names the meeting already reported; its taking place is no new
 * event, and its date is that meeting's.
 */
final class AnaphoricOccurrence {
  private final Set<String> occurrences;
  private final Map<String, String> verbOfNoun;

  AnaphoricOccurrence(Set<String> occurrences, Map<String, String> verbOfNoun) {
    this.occurrences = occurrences;
    this.verbOfNoun = verbOfNoun;
  }

  /** The earlier event this one says took place, or null. */
  EventTriple antecedent(EventTriple e, List<EventTriple> earlier) {
    if (!occurrences.contains(e.predicate().lemma()) || e.object() == null
        || !e.object().text().toLowerCase().startsWith("the ")) {
      return null;
    }
    String[] words = e.object().text().toLowerCase().split("\\s+");
    String noun = words[words.length - 1];
    String verb = verbOfNoun.getOrDefault(noun, noun);
    for (int i = earlier.size() - 1; i >= 0; i--) {
      String lemma = earlier.get(i).predicate().lemma();
      if (lemma.equals(verb) || lemma.equals(noun)) {
        return earlier.get(i);
      }
    }
    return null;
  }
}
