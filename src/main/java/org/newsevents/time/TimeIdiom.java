package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "at the time of its founding", "a matter of days", "earlier in the day": idioms with a time word in them
 * that name no time of their own, which the TempEval-3 gold mostly leaves unmarked (models/time/time-idioms.txt).
 */
final class TimeIdiom implements SpanRule {
  private static final List<Pattern> IDIOMS = ModelFiles.lines("time/time-idioms.txt").stream().map(TimeIdiom::pattern).toList();

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<int[]> words = new ArrayList<>();
    for (Pattern p : IDIOMS) {
      Matcher m = p.matcher(parsed.text());
      while (m.find()) {
        words.add(new int[] {m.start(), m.start("time"), m.end("time")});
      }
    }
    return candidates.stream().filter(c -> words.stream()
        .noneMatch(w -> c.start() >= w[0] && c.start() < w[2] && c.end() > w[1])).toList();
  }

  /** "earlier|later in [the day]" as a pattern: alternatives per word, the bracketed words a group named "time". */
  private static Pattern pattern(String line) {
    StringBuilder regex = new StringBuilder("(?i)\\b");
    boolean first = true;
    for (String word : line.trim().split("\\s+")) {
      if (!first) {
        regex.append("\\s+");
      }
      first = false;
      boolean opens = word.startsWith("[");
      boolean closes = word.endsWith("]");
      String bare = word.replace("[", "").replace("]", "");
      if (opens) {
        regex.append("(?<time>");
      }
      regex.append("(?:").append(Pattern.quote(bare).replace("|", "\\E|\\Q")).append(")");
      if (closes) {
        regex.append(")");
      }
    }
    return Pattern.compile(regex.append("\\b").toString());
  }
}
