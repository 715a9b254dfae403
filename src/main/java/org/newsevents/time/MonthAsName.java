package org.newsevents.time;

import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** A bare month abbreviation before a capitalised word ("Jan Kavan") is a first name, not January. */
final class MonthAsName implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !(c.text().matches("[A-Z][a-z]{2}") && CalendarText.month(c.text()) > 0
        && TextAround.next(parsed, c).filter(t -> t.start() - c.end() == 1 && t.word().matches("[A-Z][a-z]+")).isPresent()))
        .toList();
  }
}
