package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** "Thanksgiving Day": the tagger stops at the holiday's name; the "Day" after it is part of the timex. */
final class HolidayDay implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      String text = c.text();
      boolean holiday = "DATE".equals(c.type()) && text.matches("[A-Z][a-z]+(?: [A-Z][a-z]+)*") && !text.endsWith(" Day")
          && CalendarText.weekday(text) == 0 && CalendarText.month(text) == 0 && !CalendarText.relative(text);
      var next = holiday ? TextAround.next(parsed, c) : java.util.Optional.<org.newsevents.model.Token>empty();
      if (next.isPresent() && next.get().word().equals("Day") && next.get().start() == c.end() + 1) {
        out.add(new TimexCandidate(c.start(), next.get().end(), parsed.text().substring(c.start(), next.get().end()), c.type(), c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
