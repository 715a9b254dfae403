package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** A qualifier in front ("Earlier Friday", "about two weeks", "the past 20 years") stays outside the span. */
final class LeadingQualifier implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      TimexCandidate now = c;
      for (int round = 0; round < 2; round++) {
        now = trimmed(now);
      }
      out.add(now);
    }
    return out;
  }

  private static TimexCandidate trimmed(TimexCandidate c) {
    String[] words = c.text().split("\\s+", 3);
    if (words.length < 2) {
      return c;
    }
    String when = TimeLexicon.LEADING_QUALIFIERS.get(words[0].toLowerCase(Locale.ROOT));
    String next = words[1].toLowerCase(Locale.ROOT);
    if (when == null || when.equals("before-relative") && !TimeLexicon.RELATIVE_HEADS.contains(next)
        || when.equals("before-day") && CalendarText.weekday(next) == 0 && !next.equals("today") && !next.equals("tonight")) {
      return c;
    }
    int cut = c.text().indexOf(words[1], words[0].length());
    return new TimexCandidate(c.start() + cut, c.end(), c.text().substring(cut), c.type(), c.value());
  }
}
