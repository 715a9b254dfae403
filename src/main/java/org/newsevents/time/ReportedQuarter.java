package org.newsevents.time;

import java.time.LocalDate;

/**
 * "the quarter", "the latest quarter" in an earnings story: the quarter the story last named, else the
 * one the report is about, which is the quarter just ended while the document date is still in the
 * reporting weeks at the start of the next (thresholds.tsv).
 */
final class ReportedQuarter implements ValueRule {
  private static final long REPORTING_DAYS = TimeLexicon.threshold("quarter-reporting-days");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!TimeLexicon.REPORTED_QUARTERS.contains(m.lower()) || m.tense() == Tense.FUTURE) {
      return null;
    }
    if (n.quarter() != null) {
      return Resolution.of("DATE", n.quarter().value());
    }
    LocalDate dct = n.documentDate();
    if (dct == null) {
      return null;
    }
    return Resolution.of("DATE", reported(dct).value());
  }

  /** The quarter a story dated so reports on: the one just ended within the reporting weeks, else the current one. */
  static YearQuarter reported(LocalDate dct) {
    YearQuarter current = YearQuarter.of(dct);
    boolean reporting = dct.toEpochDay() - current.firstDay().toEpochDay() < REPORTING_DAYS;
    return reporting ? current.previous() : current;
  }
}
