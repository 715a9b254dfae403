package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "the corresponding period last year", "the same quarter a year ago": the tagger tags the year alone,
 * but the phrase names the period being compared with, and TimeML spans it whole; after a quarter's
 * figures it is that quarter a year before (YearEarlierQuarter).
 */
final class ComparablePeriod implements SpanRule {
  private static final Pattern YEAR_BACK = Pattern.compile("(?i)^(?:last year|a year ago|a year earlier)$");
  private static final Pattern PERIOD = Pattern.compile("(?i)\\bthe\\s+(?:same|corresponding|comparable)\\s+(?:period|quarter)(?:\\s+of)?\\s+$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher p = PERIOD.matcher(parsed.text().substring(Math.max(0, c.start() - 40), c.start()));
      if (YEAR_BACK.matcher(c.text()).matches() && p.find()) {
        int start = c.start() - (p.end() - p.start());
        out.add(new TimexCandidate(start, c.end(), parsed.text().substring(start, c.end()), c.type(), c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
