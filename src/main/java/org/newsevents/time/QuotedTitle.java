package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * A time word inside a short quoted title ("the film ``High Noon''", ABC's "This Week With David Brinkley",
 * ``Spring of Life'' demonstrations) is part of the name of a work or an event, not a time: every word of
 * the quotation is capitalised but its small function words.
 */
final class QuotedTitle implements SpanRule {
  private static final Pattern QUOTED = Pattern.compile("(?:``|\"|\u201C)([^\"`'\u201C\u201D\\n]{2,60}?)(?:''|\"|\u201D)");
  private static final Pattern SMALL = Pattern.compile("of|for|the|and|a|an|in|on|to|with|at|by");
  private static final int MAX_WORDS = 6;

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<int[]> titles = new ArrayList<>();
    Matcher m = QUOTED.matcher(parsed.text());
    while (m.find()) {
      if (title(m.group(1))) {
        titles.add(new int[] {m.start(1), m.end(1)});
      }
    }
    return candidates.stream().filter(c -> titles.stream().noneMatch(t -> c.start() >= t[0] && c.end() <= t[1])).toList();
  }

  private static boolean title(String quoted) {
    String[] words = quoted.strip().replaceAll("[.,!?]+$", "").split("\\s+");
    if (words.length < 2 || words.length > MAX_WORDS || !Character.isUpperCase(words[0].charAt(0))) {
      return false;
    }
    for (String w : words) {
      if (!Character.isUpperCase(w.charAt(0)) && !SMALL.matcher(w).matches()) {
        return false;
      }
    }
    return true;
  }
}
