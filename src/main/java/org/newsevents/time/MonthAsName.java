package org.newsevents.time;

import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * A bare month abbreviation before a capitalised word ("Jan Kavan") is a first name, not January,
 * whether the tagger stopped at the abbreviation or took the surname in too.
 */
final class MonthAsName implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !firstName(c, parsed)).toList();
  }

  private static boolean firstName(TimexCandidate c, ParsedText parsed) {
    String text = c.text();
    if (text.matches("[A-Z][a-z]{2} [A-Z][a-z]+")) {
      String second = text.substring(4);
      return CalendarText.month(text.substring(0, 3)) > 0 && CalendarText.month(second) == 0 && CalendarText.weekday(second) == 0;
    }
    return text.matches("[A-Z][a-z]{2}") && CalendarText.month(text) > 0
        && TextAround.next(parsed, c).filter(t -> t.start() - c.end() == 1 && t.word().matches("[A-Z][a-z]+")).isPresent();
  }
}
