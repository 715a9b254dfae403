package org.newsevents.events;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Argument;
import org.newsevents.model.EventTriple;

/**
 * A nominal event that repeats a verbal one is the same event mentioned again: "Pivovarov was arrested
 * in Moscow" and later "Pivovarov's arrest"; "to meet Putin for their third meeting"; "Russia launched
 * its full-scale invasion" and "Russia's invasion of Ukraine". It is a repeat when a verbal event has the
 * noun's verb (or carries the noun itself, as a light verb does) and either stands in the same sentence
 * or shares an entity with it; or when a typed verbal event of its sentence has it for object, typed
 * alike ("a meeting of the National Security Council which he convened").
 */
final class NominalDuplicates {
  private static final int MAX_WORDS_BEFORE_HEAD =
      Integer.parseInt(ModelFiles.table("events/thresholds.tsv").get("nominal.head.words.before"));
  private final Map<String, String> verbOfNoun;
  private final java.util.function.Predicate<String> ownType;

  /** @param ownType whether a verb has a category of its own, not one taken from the noun it acts on */
  NominalDuplicates(Map<String, String> verbOfNoun, java.util.function.Predicate<String> ownType) {
    this.verbOfNoun = verbOfNoun;
    this.ownType = ownType;
  }

  /**
   * @param sameSentence the verbal events of the nominal's own sentence
   * @param document     all verbal events of the document
   */
  boolean repeats(EventTriple nominal, List<EventTriple> sameSentence, List<EventTriple> document,
      List<EventTriple> earlier) {
    if (!nominal.type().equals("OTHER") && earlier.stream().anyMatch(e -> e.type().equals(nominal.type())
        && entities(nominal).stream().anyMatch(entities(e)::contains))) {
      // "talks between Vulin and Patrushev" after "His meeting with Vulin took place": a typed event
      // noun naming a party to an earlier event of its type is that event again
      return true;
    }
    String noun = nominal.predicate().lemma();
    String verb = verbOfNoun.getOrDefault(noun, noun);
    Set<String> entities = entities(nominal);
    for (EventTriple v : sameSentence) {
      if (!v.type().equals("OTHER") && v.type().equals(nominal.type()) && heads(v.object(), nominal)
          && ownType.test(v.predicate().lemma())) {
        // "a meeting of the National Security Council which he convened", "His meeting with Vulin took
        // place on May 14": the verb's object is this event, typed alike by the verb's own category ("The
        // GAO upheld Boeing's protest" takes its category from the protest and is another act)
        return true;
      }
    }
    for (EventTriple v : document) {
      boolean sameEvent = v.predicate().lemma().equals(verb) || v.predicate().lemma().startsWith(verb + " ")
          || v.predicate().text().toLowerCase().contains(noun);
      if (sameEvent && (sameSentence.contains(v) || entities.stream().anyMatch(entities(v)::contains))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the nominal's noun heads the argument: it lies in it after at most a determiner, a possessor
   * and a modifier or two ("a meeting of ...", "His meeting with ...", "their third meeting").
   */
  private static boolean heads(Argument a, EventTriple nominal) {
    if (a == null || nominal.predicate().start() < a.start() || nominal.predicate().end() > a.end()) {
      return false;
    }
    String before = a.text().substring(0, nominal.predicate().start() - a.start()).strip();
    return before.isEmpty() || before.split("\\s+").length <= MAX_WORDS_BEFORE_HEAD;
  }

  private static Set<String> entities(EventTriple e) {
    Set<String> out = new HashSet<>();
    for (Argument a : new Argument[] {e.subject(), e.object()}) {
      if (a != null && a.entity() != null) {
        out.add(a.entity());
      }
    }
    return out;
  }
}
