package org.newsevents.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stop words to measure a document by. English text uses the English list; a document where
 * that list finds almost nothing is in another language, and its own most frequent short words
 * (which in any language are its function words) take the list's place.
 */
final class FunctionWords {
  private FunctionWords() {}

  static Set<String> of(List<Line> lines, RuleBook book) {
    Set<String> english = book.stopWords();
    int minWords = book.integer("function-words.sample-min-words");
    int words = 0;
    int stop = 0;
    Map<String, Integer> counts = new HashMap<>();
    for (Line line : lines) {
      List<String> ws = LineShape.of(line.text(), english).words();
      if (ws.size() < minWords) {
        continue;
      }
      for (String w : ws) {
        String lower = w.toLowerCase(Locale.ROOT);
        words++;
        if (english.contains(lower)) {
          stop++;
        }
        if (lower.length() <= book.integer("function-words.max-length")) {
          counts.merge(lower, 1, Integer::sum);
        }
      }
    }
    if (words == 0 || (double) stop / words >= book.number("function-words.min-english-density")) {
      return english;
    }
    return counts.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(book.integer("function-words.document-list-size"))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
