package org.newsevents.time;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** "over the weekend": the weekend before the document date in the past tense, the coming one in the future. */
final class WeekendByTense implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!(m.lower().equals("the weekend") || m.lower().equals("this weekend") || m.lower().equals("weekend"))
        || n.documentDate() == null) {
      return null;
    }
    LocalDate d = n.documentDate();
    boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    if (weekend) {
      return Resolution.of("DATE", TimexValues.weekend(d));
    }
    LocalDate target = m.tense() == Tense.PAST ? d.minusWeeks(1) : d;
    return Resolution.of("DATE", TimexValues.weekend(target));
  }
}
