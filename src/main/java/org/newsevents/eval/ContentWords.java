package org.newsevents.eval;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The words of a phrase that carry its meaning: lower-cased words minus function words. Lenient
 * argument matching asks for one shared content word, so "the Serbian president" and "Serbian
 * President Vucic" match while "the" alone never makes a match.
 */
public final class ContentWords {
  // Part of the metric's definition, not a tunable: changing it changes every reported event score.
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "to", "for", "from", "by",
      "with", "and", "or", "but", "as", "its", "his", "her", "their", "our", "my", "your", "s", "t", "is", "are",
      "was", "were", "be", "been", "has", "have", "had", "it", "he", "she", "they", "we", "i", "you", "him",
      "them", "us", "who", "which", "what", "all", "some", "any", "no", "not", "than", "about", "into", "over",
      "also", "such", "very", "there", "here", "one");

  private ContentWords() {}

  /** Content words of the phrases given; when they have none, all their words (a bare "he" still counts). */
  public static Set<String> of(String... phrases) {
    Set<String> all = new LinkedHashSet<>();
    for (String p : phrases) {
      all.addAll(WordBag.words(p));
    }
    Set<String> content = new LinkedHashSet<>(all);
    content.removeAll(FUNCTION_WORDS);
    return content.isEmpty() ? all : content;
  }

  public static boolean shareOne(Set<String> a, Set<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  static List<String> list(String text) {
    return WordBag.words(text);
  }
}
