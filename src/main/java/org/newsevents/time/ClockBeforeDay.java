package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** "10 p.m. Wednesday": the tagger times the day but starts its span at the weekday; the clock belongs in it. */
final class ClockBeforeDay implements SpanRule {
  private static final Pattern CLOCK_BEFORE = Pattern.compile("(?:\\b\\d{1,2}(?::\\d\\d)? ?[ap]\\.m\\.|\\bnoon)(?: [A-Z]{3})? $");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      String before = parsed.text().substring(Math.max(0, c.start() - 20), c.start());
      Matcher m = CLOCK_BEFORE.matcher(before);
      if ("TIME".equals(c.type()) && CalendarText.weekday(c.text()) > 0 && !c.text().matches(".*\\d.*") && m.find()) {
        int start = c.start() - (before.length() - m.start());
        out.add(new TimexCandidate(start, c.end(), parsed.text().substring(start, c.end()), c.type(), c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
