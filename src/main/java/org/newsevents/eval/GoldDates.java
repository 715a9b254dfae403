package org.newsevents.eval;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Publication dates from gold annotations, which give them as TIMEX3 values ("1998-08-07T06:18"). */
final class GoldDates {
  private GoldDates() {}

  /** The calendar day a TIMEX3 value starts with, or null when it names no day. */
  static LocalDate day(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
