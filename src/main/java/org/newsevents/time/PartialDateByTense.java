package org.newsevents.time;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A month or month and day without a year ("May 14", "early May", "Dec. 4"): the year is the one
 * that puts it before the document date in the past tense, after it in the future, else nearest. The
 * tense gives way when it would throw the date most of a year off while a year-less date within weeks
 * of the story lies the other way ("expected by Jan. 14", "decided to admit them in early March").
 * "effective Feb. 1" names when a change takes hold, which an announcement puts ahead whatever its tense.
 */
final class PartialDateByTense implements ValueRule {
  private static final long TENSE_REACH_DAYS = TimeLexicon.threshold("partial-date-tense-reach-days");
  private static final long NEAR_DAYS = TimeLexicon.threshold("partial-date-near-days");
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String text = m.candidate().text();
    int month = CalendarText.month(text);
    int spelled = CalendarText.spelledYear(text);
    if (month > 0 && spelled > 0 && !CalendarText.relative(m.lower())) {
      // "January nineteen ninety-seven": the year is written, in words the tagger does not read
      int day = CalendarText.day(text);
      return Resolution.of("DATE", TimexValues.year(spelled) + tail(PartOfDay.strip(m.candidate().value()), month, day));
    }
    if (month == 0 || CalendarText.hasYear(text) || CalendarText.relative(m.lower()) || !("DATE".equals(m.candidate().type()) || PartOfDay.has(m.candidate().value()))
        || CalendarText.weekday(text) > 0 && CalendarText.day(text) == 0) {
      return null;
    }
    int day = CalendarText.day(text);
    String tail = tail(PartOfDay.strip(m.candidate().value()), month, day);
    if (n.documentDate() == null) {
      // No document date: the year the article itself last named, else an underspecified year.
      return Resolution.of("DATE", (n.year() == null ? "XXXX" : TimexValues.year(n.year())) + tail);
    }
    Tense tense = m.before().equalsIgnoreCase("effective") ? Tense.FUTURE : m.tense();
    int year = year(n.documentDate(), month, day, tense);
    return Resolution.of("DATE", TimexValues.year(year) + tail);
  }

  /** The tagger's value after its year when it names the same month, else "-MM" or "-MM-DD". */
  private static String tail(String sutime, int month, int day) {
    String mm = String.format("-%02d", month);
    if (sutime != null && sutime.matches("^(\\d{4}|XXXX)" + mm + "(\\b.*)?$") && (day == 0 || sutime.length() >= 10)) {
      return sutime.substring(4);
    }
    return day > 0 ? mm + String.format("-%02d", day) : mm;
  }

  static int year(LocalDate dct, int month, int day, Tense tense) {
    int y = dct.getYear();
    int here = compare(y, month, day, dct);
    int byTense = switch (tense) {
      case PAST -> here > 0 ? y - 1 : y;
      case FUTURE -> here < 0 ? y + 1 : y;
      default -> nearest(dct, month, day);
    };
    int near = nearest(dct, month, day);
    if (byTense != near && distance(dct, byTense, month, day) > TENSE_REACH_DAYS && distance(dct, near, month, day) <= NEAR_DAYS) {
      return near;
    }
    return byTense;
  }

  /** Days between the document date and the day (or, for a month, its first day against the document's month). */
  private static long distance(LocalDate dct, int y, int month, int day) {
    if (day == 0 || day > YearMonth.of(y, month).lengthOfMonth()) {
      return Math.abs(YearMonth.of(y, month).atDay(1).toEpochDay() - YearMonth.from(dct).atDay(1).toEpochDay());
    }
    return Math.abs(LocalDate.of(y, month, day).toEpochDay() - dct.toEpochDay());
  }

  private static int nearest(LocalDate dct, int month, int day) {
    int best = dct.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int y = dct.getYear() - 1; y <= dct.getYear() + 1; y++) {
      long distance = Math.abs(YearMonth.of(y, month).atDay(1).toEpochDay() - YearMonth.from(dct).atDay(1).toEpochDay());
      if (distance < bestDistance) {
        best = y;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Negative when (y, month, day) is before the document date at the precision given, 0 when it holds it. */
  private static int compare(int y, int month, int day, LocalDate dct) {
    if (day == 0 || day > YearMonth.of(y, month).lengthOfMonth()) {
      return YearMonth.of(y, month).compareTo(YearMonth.from(dct));
    }
    return LocalDate.of(y, month, day).compareTo(dct);
  }
}
