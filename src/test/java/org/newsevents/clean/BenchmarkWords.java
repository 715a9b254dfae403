package org.newsevents.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's words (lowercase \w+ tokens) as the scorer and the development tools count them:
 * in order, as a multiset, as adjacent pairs, and whether a line is the story's by its pairs.
 */
final class BenchmarkWords {
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private BenchmarkWords() {}

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static Map<String, Integer> bag(String text) {
    return bag(words(text));
  }

  static Map<String, Integer> bag(List<String> words) {
    Map<String, Integer> out = new HashMap<>();
    for (String w : words) {
      out.merge(w, 1, Integer::sum);
    }
    return out;
  }

  static Set<String> pairs(List<String> words) {
    Set<String> out = new HashSet<>();
    for (int i = 1; i < words.size(); i++) {
      out.add(words.get(i - 1) + " " + words.get(i));
    }
    return out;
  }

  /**
   * A line belongs to the gold story when at least half its word pairs occur in the story (a one-word
   * line, when its word does; an empty line counts as the story's).
   */
  static boolean inStory(List<String> line, Set<String> storyPairs, Set<String> storyWords) {
    if (line.size() < 2) {
      return line.isEmpty() || storyWords.contains(line.get(0));
    }
    Set<String> ps = pairs(line);
    int hit = 0;
    for (String pair : ps) {
      hit += storyPairs.contains(pair) ? 1 : 0;
    }
    return 2 * hit >= ps.size();
  }
}
