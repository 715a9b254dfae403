package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;
import org.newsevents.model.Token;

/**
 * A bare month followed by a day number ("June 31", "last Oct. 23", which the tagger stops at the month)
 * takes the day in.
 */
final class MonthDay implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Optional<Token> next = TextAround.next(parsed, c);
      if (endsWithMonth(c.text()) && CalendarText.day(c.text()) == 0 && next.isPresent()
          && next.get().word().matches("\\d{1,2}") && next.get().start() - c.end() <= 1) {
        int end = next.get().end();
        out.add(new TimexCandidate(c.start(), end, parsed.text().substring(c.start(), end), "DATE", c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /** "June", "last Oct.": the candidate's last word is a month name. */
  private static boolean endsWithMonth(String text) {
    String[] words = text.strip().split("\\s+");
    return words.length <= 2 && CalendarText.month(words[words.length - 1]) > 0 && !CalendarText.hasYear(text);
  }
}
