package org.newsevents.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * "the next day", "that month", "later that year": counted from the most recent date in the narrative
 * (table in models/); "earlier" or "later" in front places the time within that day or year.
 */
final class AnaphoricDate implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String offset = TimeLexicon.ANAPHORIC.get(m.lower().replaceFirst("^(?:earlier|later) ", ""));
    if (offset == null) {
      return null;
    }
    int amount = Integer.parseInt(offset.substring(0, offset.length() - 1).replace("+", ""));
    char unit = offset.charAt(offset.length() - 1);
    LocalDate day = n.day();
    YearMonth month = n.month();
    Integer year = n.year();
    return switch (unit) {
      case 'D' -> day == null ? null : Resolution.of("DATE", TimexValues.day(day.plusDays(amount)));
      case 'W' -> day == null ? null : Resolution.of("DATE", TimexValues.week(day.plusWeeks(amount)));
      case 'M' -> month == null ? null : Resolution.of("DATE", TimexValues.month(month.plusMonths(amount)));
      case 'Y' -> year == null ? null : Resolution.of("DATE", TimexValues.year(year + amount));
      default -> null;
    };
  }
}
