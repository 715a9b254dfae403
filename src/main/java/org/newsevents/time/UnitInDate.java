package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "changed from a fiscal year to a calendar year in December": the tagger runs the unit into the month
 * after it ("year in December") and gives the whole no value; the timex is the month alone, which the
 * value rules then date.
 */
final class UnitInDate implements SpanRule {
  private static final Pattern SHAPE = Pattern.compile("(?i)^(?:year|month|week|day)s? (?:in|on) (.+)$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher m = SHAPE.matcher(c.text());
      if (m.matches() && (CalendarText.month(m.group(1)) > 0 || CalendarText.weekday(m.group(1)) > 0)) {
        int start = c.start() + m.start(1);
        out.add(new TimexCandidate(start, c.end(), parsed.text().substring(start, c.end()), "DATE", c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
