package org.newsevents.time;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * "last April", "last December": the most recent such month before the document's month, which is this
 * year's April in an October story and last year's December in a November one.
 */
final class LastNamedMonth implements ValueRule {
  private static final Pattern LAST_MONTH = Pattern.compile("^last [a-z]+\\.?$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    int month = CalendarText.month(m.candidate().text());
    if (month == 0 || !LAST_MONTH.matcher(m.lower()).matches() || n.documentDate() == null) {
      return null;
    }
    YearMonth current = YearMonth.from(n.documentDate());
    YearMonth named = YearMonth.of(current.getYear(), month);
    return Resolution.of("DATE", TimexValues.month(named.isBefore(current) ? named : named.minusYears(1)));
  }
}
