package org.newsevents.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;

/** TIMEX3 value strings for days, ISO weeks, weekends, months and years. */
final class TimexValues {
  private TimexValues() {}

  static String day(LocalDate d) {
    return d.toString();
  }

  static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String weekend(LocalDate d) {
    return week(d) + "-WE";
  }

  static String month(YearMonth m) {
    return m.toString();
  }

  static String year(int y) {
    return String.format("%04d", y);
  }
}
