package org.newsevents.time;

import java.time.LocalDate;

/** "the protests continued next Saturday": in a past-tense story, "next" counts from the story's day. */
final class NextWeekdayInNarrative implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    int weekday = CalendarText.weekday(m.lower());
    if (weekday == 0 || !m.lower().startsWith("next ") || m.tense() != Tense.PAST || !n.movedAway()) {
      return null;
    }
    LocalDate d = n.day().plusDays(1);
    while (d.getDayOfWeek().getValue() != weekday) {
      d = d.plusDays(1);
    }
    return Resolution.of("DATE", TimexValues.day(d));
  }
}
