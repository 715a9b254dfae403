package org.newsevents.time;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A named day without a year ("Thanksgiving Day"): its year follows the tense, as for partial dates;
 * a holiday set by a weekday of its month keeps that weekday (Thanksgiving 1999 is November 25, not 23).
 */
final class HolidayByTense implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String value = m.candidate().value();
    String text = m.candidate().text();
    if (value == null || !value.matches("\\d{4}-\\d\\d-\\d\\d") || text.matches(".*\\d.*") || CalendarText.month(text) > 0
        || CalendarText.weekday(text) > 0 || CalendarText.relative(m.lower()) || n.documentDate() == null
        || !Character.isUpperCase(text.charAt(0))) {
      return null;
    }
    LocalDate d = LocalDate.parse(value);
    int year = PartialDateByTense.year(n.documentDate(), d.getMonthValue(), d.getDayOfMonth(), m.tense());
    if (year == d.getYear()) {
      return null;
    }
    return Resolution.of("DATE", TimexValues.day(floating(m.lower()) ? sameWeekdayOfMonth(d, year) : d.withYear(year)));
  }

  private static boolean floating(String lower) {
    return TimeLexicon.FLOATING_HOLIDAYS.stream().anyMatch(lower::contains);
  }

  /** The same weekday, counted the same number of times into the month, in another year. */
  private static LocalDate sameWeekdayOfMonth(LocalDate d, int year) {
    int nth = (d.getDayOfMonth() - 1) / 7 + 1;
    return d.withYear(year).withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(nth, d.getDayOfWeek()));
  }
}
