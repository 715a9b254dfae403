package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** "several weeks later": TimeML leaves the signal out, and the timex is the DURATION before it. */
final class TrailingSignal implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      String text = c.text();
      int space = text.lastIndexOf(' ');
      String last = space < 0 ? "" : text.substring(space + 1).toLowerCase(Locale.ROOT);
      if (space > 0 && TimeLexicon.TRAILING_SIGNALS.contains(last)) {
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
