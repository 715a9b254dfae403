package org.newsevents.time;

import java.time.LocalDate;

/** A named day without a year ("Thanksgiving Day"): its year follows the tense, as for partial dates. */
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
    return year == d.getYear() ? null : Resolution.of("DATE", TimexValues.day(d.withYear(year)));
  }
}
