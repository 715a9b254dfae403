package org.newsevents.db;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar days a TIMEX3 value covers, first and last inclusive, so that "May 2025" can be asked of
 * days, months and weeks alike. Values that name no days (PAST_REF, P2W, XXXX-12-04, seasons) have none.
 */
record DayRange(LocalDate from, LocalDate to) {
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(T.*)?");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X?");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");

  /** The days of a value, or null when it names none or an impossible date. */
  static DayRange of(String value) {
    if (value == null) {
      return null;
    }
    try {
      return parse(value);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static DayRange parse(String value) {
    Matcher m;
    if ((m = DAY.matcher(value)).matches()) {
      LocalDate day = LocalDate.of(number(m, 1), number(m, 2), number(m, 3));
      return new DayRange(day, day);
    }
    if ((m = MONTH.matcher(value)).matches()) {
      LocalDate first = LocalDate.of(number(m, 1), number(m, 2), 1);
      return new DayRange(first, first.with(TemporalAdjusters.lastDayOfMonth()));
    }
    if ((m = YEAR.matcher(value)).matches()) {
      return months(LocalDate.of(number(m, 1), 1, 1), 12);
    }
    if ((m = DECADE.matcher(value)).matches()) {
      return months(LocalDate.of(number(m, 1) * 10, 1, 1), 120);
    }
    if ((m = WEEK.matcher(value)).matches()) {
      LocalDate monday = LocalDate.of(number(m, 1), 6, 1)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number(m, 2)).with(DayOfWeek.MONDAY);
      return m.group(3) == null
          ? new DayRange(monday, monday.plusDays(6))
          : new DayRange(monday.plusDays(5), monday.plusDays(6));
    }
    if ((m = QUARTER.matcher(value)).matches()) {
      return months(LocalDate.of(number(m, 1), 3 * number(m, 2) - 2, 1), 3);
    }
    if ((m = HALF.matcher(value)).matches()) {
      return months(LocalDate.of(number(m, 1), 6 * number(m, 2) - 5, 1), 6);
    }
    return null;
  }

  private static DayRange months(LocalDate first, int count) {
    return new DayRange(first, first.plusMonths(count).minusDays(1));
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
