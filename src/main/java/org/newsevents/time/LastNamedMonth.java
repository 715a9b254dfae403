package org.newsevents.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * "last April", "last December": the most recent such month before the document's month, which is this
 * year's April in an October story and last year's December in a November one; "last Oct. 23" is the
 * latest Oct. 23 before the document date.
 */
final class LastNamedMonth implements ValueRule {
  private static final Pattern LAST_MONTH = Pattern.compile("^last [a-z]+\\.?(?: \\d{1,2})?$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    int month = CalendarText.month(m.candidate().text());
    if (month == 0 || !LAST_MONTH.matcher(m.lower()).matches() || n.documentDate() == null) {
      return null;
    }
    int day = CalendarText.day(m.candidate().text());
    if (day > 0) {
      LocalDate dct = n.documentDate();
      if (day > YearMonth.of(dct.getYear() - 1, month).lengthOfMonth()) {
        return null;
      }
      LocalDate named = YearMonth.of(dct.getYear(), month).isValidDay(day) ? LocalDate.of(dct.getYear(), month, day) : null;
      return Resolution.of("DATE", TimexValues.day(named != null && named.isBefore(dct) ? named : LocalDate.of(dct.getYear() - 1, month, day)));
    }
    YearMonth current = YearMonth.from(n.documentDate());
    YearMonth named = YearMonth.of(current.getYear(), month);
    return Resolution.of("DATE", TimexValues.month(named.isBefore(current) ? named : named.minusYears(1)));
  }
}
