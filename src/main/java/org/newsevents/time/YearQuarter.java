package org.newsevents.time;

import java.time.LocalDate;

/** A calendar quarter of a year, as TIMEX3 writes it ("1989-Q3"). */
record YearQuarter(int year, int quarter) implements Comparable<YearQuarter> {
  static YearQuarter of(LocalDate d) {
    return new YearQuarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
  }

  LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  YearQuarter previous() {
    return quarter == 1 ? new YearQuarter(year - 1, 4) : new YearQuarter(year, quarter - 1);
  }

  YearQuarter yearBefore() {
    return new YearQuarter(year - 1, quarter);
  }

  @Override
  public int compareTo(YearQuarter o) {
    return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
  }

  String value() {
    return String.format("%04d-Q%d", year, quarter);
  }
}
