package org.newsevents.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "In the quarter ended July 31, Jayark had...": an unnumbered quarter said to end on a day is the three
 * months up to it, which TimeML names by the calendar quarter most of them fall in (May to July: Q2), in
 * the year the end day has. Once the story has named its quarter ("the fiscal first quarter"), that one
 * holds (ReportedQuarter).
 */
final class QuarterEndedOn implements ValueRule {
  private static final Pattern ENDED = Pattern.compile("^\\s+(?:ended|ending)\\s+([A-Za-z]+\\.?\\s+\\d{1,2})\\b");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher e = ENDED.matcher(m.following());
    if (!TimeLexicon.REPORTED_QUARTERS.contains(m.lower()) || !m.lower().endsWith("quarter") || !e.find()
        || n.documentDate() == null || n.quarter() != null) {
      return null;
    }
    int month = CalendarText.month(e.group(1));
    if (month == 0) {
      return null;
    }
    LocalDate dct = n.documentDate();
    int year = month > dct.getMonthValue() ? dct.getYear() - 1 : dct.getYear();
    // the middle of the three months ended then names the quarter
    LocalDate middle = LocalDate.of(year, month, 1).minusMonths(1);
    return Resolution.of("DATE", YearQuarter.of(middle).value());
  }
}
