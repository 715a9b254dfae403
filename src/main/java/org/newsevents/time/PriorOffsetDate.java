package org.newsevents.time;

import java.time.LocalDate;
import java.time.YearMonth;

/** "Two days prior": counted back from the most recent date in the narrative. */
final class PriorOffsetDate implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    int space = m.lower().lastIndexOf(' ');
    if (space < 0 || !TimeLexicon.PRIOR_SIGNALS.contains(m.lower().substring(space + 1)) || n.day() == null) {
      return null;
    }
    String duration = DurationText.value(m.lower().substring(0, space));
    if (duration == null || duration.contains("X") || duration.startsWith("PT")) {
      return null;
    }
    int amount = Integer.parseInt(duration.substring(1, duration.length() - 1));
    LocalDate from = n.day();
    return switch (duration.charAt(duration.length() - 1)) {
      case 'D' -> Resolution.of("DATE", TimexValues.day(from.minusDays(amount)));
      case 'W' -> Resolution.of("DATE", TimexValues.week(from.minusWeeks(amount)));
      case 'M' -> Resolution.of("DATE", TimexValues.month(YearMonth.from(from).minusMonths(amount)));
      case 'Y' -> Resolution.of("DATE", TimexValues.year(from.getYear() - amount));
      default -> null;
    };
  }
}
