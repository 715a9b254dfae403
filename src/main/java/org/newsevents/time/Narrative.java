package org.newsevents.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates a reader holds while reading: the document date, and the most recent day, month and year
 * the story has mentioned, which anaphoric expressions ("the next day", "that month") count from.
 */
final class Narrative {
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d\\d)-(\\d\\d)$");
  private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(\\d\\d)$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final int LEDE_WINDOW_DAYS = 7;
  private static final String YEAR_TO_DATE = "P" + TimeLexicon.threshold("year-to-date-months") + "M";

  private final LocalDate documentDate;
  private LocalDate lastDay;
  private YearMonth lastMonth;
  private Integer lastYear;
  private LocalDate ledeDay;
  private YearQuarter lastQuarter;
  private boolean yearToDate;
  private YearMonth monthWithoutDay;

  Narrative(LocalDate documentDate) {
    this.documentDate = documentDate;
  }

  LocalDate documentDate() {
    return documentDate;
  }

  /** The most recent day the story named, else the document date; null when neither is known. */
  LocalDate day() {
    return lastDay != null ? lastDay : documentDate;
  }

  YearMonth month() {
    if (lastMonth != null) {
      return lastMonth;
    }
    return documentDate == null ? null : YearMonth.from(documentDate);
  }

  Integer year() {
    if (lastYear != null) {
      return lastYear;
    }
    return documentDate == null ? null : documentDate.getYear();
  }

  /**
   * The month the story has moved to since it last named a day ("killed, most recently last October ... crossed
   * out that same day"): its days are not known, so "that day" there is some day of that month; null when the
   * latest date named is a day, or a month holding that day.
   */
  YearMonth monthWithoutDay() {
    return monthWithoutDay;
  }

  /** Whether the story has moved to a day of its own, away from the document date. */
  boolean movedAway() {
    return lastDay != null && !lastDay.equals(documentDate);
  }

  /** The day of the lede: the first day the story names within a week before the document date. */
  LocalDate ledeDay() {
    return ledeDay;
  }

  /**
   * The latest ended quarter the story has named, or null: in an earnings story, the quarter reported on,
   * which the comparisons with a year before do not displace.
   */
  YearQuarter quarter() {
    return lastQuarter;
  }

  /**
   * Whether the figures the story gives now are for the months of the year so far ("For the nine months, net
   * was..."), named since the last quarter: their comparison "a year earlier" is with the year before, which
   * TimeML writes as that year, not as a quarter.
   */
  boolean yearToDate() {
    return yearToDate;
  }

  void note(Resolution r) {
    note(r, Tense.UNKNOWN, false);
  }

  /**
   * Remembers a resolved timex; the tense of its clause and whether "fiscal" names it tell a fiscal quarter
   * being reported from one to come.
   */
  void note(Resolution r, Tense tense, boolean fiscalWord) {
    if (!r.invalid() && "DURATION".equals(r.type()) && YEAR_TO_DATE.equals(r.value())) {
      yearToDate = true;
      return;
    }
    if (r.invalid() || !"DATE".equals(r.type()) || r.value() == null) {
      return;
    }
    Matcher d = DAY.matcher(r.value());
    if (d.matches()) {
      try {
        lastDay = LocalDate.parse(r.value());
      } catch (RuntimeException e) {
        return;
      }
      lastMonth = YearMonth.from(lastDay);
      lastYear = lastDay.getYear();
      monthWithoutDay = null;

      if (ledeDay == null && documentDate != null && !lastDay.isAfter(documentDate)
          && !lastDay.isBefore(documentDate.minusDays(LEDE_WINDOW_DAYS))) {
        ledeDay = lastDay;
      }
      return;
    }
    Matcher m = MONTH.matcher(r.value());
    if (m.matches()) {
      lastMonth = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      lastYear = lastMonth.getYear();
      monthWithoutDay = day() != null && YearMonth.from(day()).equals(lastMonth) ? null : lastMonth;

      return;
    }
    Matcher q = QUARTER.matcher(r.value());
    if (q.matches()) {
      yearToDate = false;
      YearQuarter named = new YearQuarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
      boolean ended = documentDate == null || !named.firstDay().plusMonths(3).isAfter(documentDate);
      // a fiscal quarter reported in the past tense ("Ralston reported a decline in fourth-quarter earnings" in
      // November, "posted net income for the fiscal second quarter") is the one reported, whatever the calendar
      boolean fiscal = documentDate != null && named.year() == documentDate.getYear() && tense == Tense.PAST
          && ReportedQuarter.reporting(documentDate);
      if (fiscal && fiscalWord) {
        lastQuarter = named;
      } else if ((ended || fiscal) && (lastQuarter == null || named.compareTo(lastQuarter) > 0)) {
        lastQuarter = named;
      }
      return;
    }
    Matcher y = YEAR.matcher(r.value());
    if (y.matches()) {
      lastYear = Integer.parseInt(y.group(1));
    }
  }
}
