package org.newsevents.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * Earnings-story phrases the tagger does not tag: "the year-ago quarter", "the comparable year-earlier
 * period", "the latest period", and "year-earlier" or "year-ago" alone before the figures it dates
 * ("compared with year-earlier profit of $3.8 million"). TimeML marks each as a DATE (ReportedQuarter,
 * YearEarlierQuarter value them); a tagged word inside the phrase ("quarter") gives way to it. The bare
 * modifier before an amount ("below the year-earlier $4.5 million") or before a length or quarter the
 * tagger found ("the year-earlier nine months", YearAgoQuarter) is left alone.
 */
final class EarningsPhrase implements SpanRule {
  private static final Pattern PHRASE = Pattern.compile(
      "(?i)\\b(?:(?:the\\s+)?(?:comparable\\s+)?year-(?:ago|earlier)\\s+(?:quarter|period)|the\\s+latest\\s+period)\\b");
  private static final Pattern MODIFIER = Pattern.compile("(?i)\\byear-(?:ago|earlier)\\b(?=\\s+[a-z])");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>(candidates);
    String text = parsed.text();
    add(out, PHRASE.matcher(text), text, true);
    add(out, MODIFIER.matcher(text), text, false);
    out.sort(Comparator.comparingInt(TimexCandidate::start));
    return out;
  }

  private static void add(List<TimexCandidate> out, Matcher m, String text, boolean replaceInside) {
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      TimexCandidate added = new TimexCandidate(start, end, m.group(), "DATE", null);
      if (replaceInside) {
        AddedSpan.add(out, added);
      } else if (out.stream().noneMatch(c -> c.start() < end && start < c.end()) && !followedByTimex(out, end, text)) {
        out.add(added);
      }
    }
  }

  /** Whether the next word after the modifier starts a candidate ("year-earlier nine months"). */
  private static boolean followedByTimex(List<TimexCandidate> out, int end, String text) {
    int next = end;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    final int at = next;
    return out.stream().anyMatch(c -> c.start() == at);
  }
}
