package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "several weeks later": TimeML leaves the signal out, and the timex is the DURATION before it; but a
 * phrase that dates by itself ("a year earlier" beside a quarter's figures) stays whole.
 */
final class TrailingSignal implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      String text = c.text();
      int space = text.lastIndexOf(' ');
      String last = space < 0 ? "" : text.substring(space + 1).toLowerCase(Locale.ROOT);
      String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      boolean datesItself = TimeLexicon.ANAPHORIC.containsKey(lower) || TimeLexicon.YEAR_EARLIER_PHRASES.contains(lower);
      if (space > 0 && TimeLexicon.TRAILING_SIGNALS.contains(last) && !datesItself) {
        String kept = text.substring(0, space).stripTrailing();
        String duration = DurationText.value(kept);
        if (duration != null) {
          out.add(new TimexCandidate(c.start(), c.start() + kept.length(), kept, "DURATION", duration));
          continue;
        }
        if (!"DURATION".equals(c.type()) && CalendarText.weekday(kept) > 0) {
          out.add(new TimexCandidate(c.start(), c.start() + kept.length(), kept, c.type(), c.value()));
          continue;
        }
      }
      out.add(c);
    }
    return out;
  }
}
