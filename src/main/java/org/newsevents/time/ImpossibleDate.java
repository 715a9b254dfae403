package org.newsevents.time;

import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A month and day that no calendar has ("June 31"): kept as a span, marked invalid, given no value. */
final class ImpossibleDate {
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?!\\d)",
      Pattern.CASE_INSENSITIVE);

  private ImpossibleDate() {}

  static boolean test(String text) {
    Matcher m = MONTH_DAY.matcher(text);
    if (!m.find()) {
      return false;
    }
    Month month = monthOf(m.group(1).toLowerCase(Locale.ROOT));
    int day = Integer.parseInt(m.group(2));
    return day == 0 || day > month.maxLength();
  }

  private static Month monthOf(String prefix) {
    for (Month month : Month.values()) {
      if (month.name().toLowerCase(Locale.ROOT).startsWith(prefix.substring(0, 3))) {
        return month;
      }
    }
    throw new IllegalArgumentException(prefix);
  }
}
