package org.newsevents.time;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * "down 4.5% from the previous Friday", "the preceding Monday": the weekday before the day the story is
 * on, counted back from it and never the day itself, where the tagger counts back from the document date.
 */
final class PreviousWeekday implements ValueRule {
  private static final Pattern SHAPE = Pattern.compile("^(?:the )?(?:previous|preceding) [a-z]+day$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    int weekday = CalendarText.weekday(m.lower());
    if (weekday == 0 || !SHAPE.matcher(m.lower()).matches() || n.day() == null) {
      return null;
    }
    LocalDate d = n.day().minusDays(1);
    while (d.getDayOfWeek().getValue() != weekday) {
      d = d.minusDays(1);
    }
    return Resolution.of("DATE", TimexValues.day(d));
  }
}
