package org.newsevents.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as a multiset of lower-cased word tokens: the unit of the content-extraction benchmarks'
 * bag-of-words precision and recall. A word is a run of letters, digits and marks; punctuation and
 * whitespace only separate words, so a cleaner is not judged on how it lays out lines.
 */
public final class WordBag {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}\\p{M}]+");
  private final Map<String, Integer> counts = new HashMap<>();
  private int size;

  public static WordBag of(String text) {
    WordBag bag = new WordBag();
    for (String w : words(text)) {
      bag.counts.merge(w, 1, Integer::sum);
      bag.size++;
    }
    return bag;
  }

  public static java.util.List<String> words(String text) {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  public int size() {
    return size;
  }

  public boolean contains(String word) {
    return counts.containsKey(word);
  }

  /** Size of the multiset intersection: each word counts as often as it occurs in both. */
  public int overlap(WordBag other) {
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      n += Math.min(e.getValue(), other.counts.getOrDefault(e.getKey(), 0));
    }
    return n;
  }
}
