package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;
import org.newsevents.model.Token;

/** A bare month followed by a day number ("June 31", which the tagger stops at "June") takes the day in. */
final class MonthDay implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Optional<Token> next = TextAround.next(parsed, c);
      if (CalendarText.month(c.text()) > 0 && c.text().strip().split("\\s+").length == 1 && next.isPresent()
          && next.get().word().matches("\\d{1,2}") && next.get().start() - c.end() <= 1) {
        int end = next.get().end();
        out.add(new TimexCandidate(c.start(), end, parsed.text().substring(c.start(), end), "DATE", c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
