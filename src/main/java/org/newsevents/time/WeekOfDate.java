package org.newsevents.time;

import java.time.LocalDate;

/** "the week of March 6": the ISO week holding the day named (TimeML values it as that week, 2000-W10). */
final class WeekOfDate implements ValueRule {
  private static final PartialDateByTense DAY = new PartialDateByTense();

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!m.lower().matches("^(?:the )?week of .*") || CalendarText.day(m.candidate().text()) == 0) {
      return null;
    }
    Resolution day = DAY.resolve(m, n);
    String value = day != null ? day.value() : m.candidate().value();
    if (value == null || !value.matches("^\\d{4}-\\d\\d-\\d\\d$")) {
      return null;
    }
    try {
      return Resolution.of("DATE", TimexValues.week(LocalDate.parse(value)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
