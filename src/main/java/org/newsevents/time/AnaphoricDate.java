package org.newsevents.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * "the next day", "that month", "later that year": counted from the most recent date in the narrative
 * (table in models/); "earlier" or "later" in front places the time within that day or year. With no date
 * to count from (no document date, none in the story yet) the unit's fields stay unknown ("XXXX"), and a
 * day counted in a month the story names without its day is a day of that month ("1998-10-XX").
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
    if (unit == 'D' && n.monthWithoutDay() != null) {
      // the story has moved to a month without naming its day: "that same day" is some day of it
      return Resolution.of("DATE", TimexValues.month(n.monthWithoutDay()) + "-XX");
    }
    YearMonth month = n.month();
    Integer year = n.year();
    return switch (unit) {
      case 'D' -> Resolution.of("DATE", day == null ? "XXXX-XX-XX" : TimexValues.day(day.plusDays(amount)));
      case 'W' -> Resolution.of("DATE", day == null ? "XXXX-WXX" : TimexValues.week(day.plusWeeks(amount)));
      case 'M' -> Resolution.of("DATE", month == null ? "XXXX-XX" : TimexValues.month(month.plusMonths(amount)));
      case 'Y' -> Resolution.of("DATE", year == null ? "XXXX" : TimexValues.year(year + amount));
      default -> null;
    };
  }
}
