package org.newsevents.time;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** "this march", "a may deadline": a month name news prose writes in lower case is the noun or the verb. */
final class LowerCaseMonth implements SpanRule {
  private static final Pattern NOUN_MONTHS = Pattern.compile("\\b(march|may)\\b");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream()
        .filter(c -> !(NOUN_MONTHS.matcher(c.text()).find() && !c.text().matches(".*\\d.*") && CalendarText.weekday(c.text()) == 0
            && CalendarText.month(c.text().replaceAll("\\b(march|may)\\b", "")) == 0))
        .toList();
  }
}
