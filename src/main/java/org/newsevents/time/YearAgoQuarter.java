package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "the year-ago third quarter", "the year-earlier third quarter": the tagger tags only "third quarter";
 * the modifier belongs to the span, and it moves the quarter a year back (QuarterByTense).
 */
final class YearAgoQuarter implements SpanRule {
  private static final Pattern QUARTER = Pattern.compile("(?i)(?:(?:first|second|third|fourth)[- ])?quarter");
  private static final Pattern MODIFIER = Pattern.compile("(?i)\\b(?:the\\s+)?(?:comparable\\s+)?year-(?:ago|earlier)\\s+$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher d = MODIFIER.matcher(parsed.text().substring(Math.max(0, c.start() - 40), c.start()));
      if (QUARTER.matcher(c.text()).matches() && d.find()) {
        int start = c.start() - (d.end() - d.start());
        out.add(new TimexCandidate(start, c.end(), parsed.text().substring(start, c.end()), c.type(), c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
