package org.newsevents.time;

import java.time.LocalDate;

/**
 * "the quarter", "the latest quarter" in an earnings story: the quarter the story last named, else the
 * one the report is about, which is the quarter just ended while the document date is still in the
 * reporting weeks at the start of the next (thresholds.tsv). In those weeks a forecast is about that
 * quarter too, its figures not yet out ("expected to earn 35 cents a share for the quarter"); later a
 * clause that looks ahead means a quarter to come, which the tagger's value gives.
 */
final class ReportedQuarter implements ValueRule {
  private static final long REPORTING_DAYS = TimeLexicon.threshold("quarter-reporting-days");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    LocalDate dct = n.documentDate();
    if (!TimeLexicon.REPORTED_QUARTERS.contains(m.lower()) || m.tense() == Tense.FUTURE && (dct == null || !reporting(dct))) {
      return null;
    }
    if (n.quarter() != null) {
      return Resolution.of("DATE", n.quarter().value());
    }
    if (dct == null) {
      return null;
    }
    return Resolution.of("DATE", reported(dct).value());
  }

  /** Whether a story so dated falls in the reporting weeks after a quarter's end. */
  static boolean reporting(LocalDate dct) {
    return dct.toEpochDay() - YearQuarter.of(dct).firstDay().toEpochDay() < REPORTING_DAYS;
  }

  /** The quarter a story dated so reports on: the one just ended within the reporting weeks, else the current one. */
  static YearQuarter reported(LocalDate dct) {
    YearQuarter current = YearQuarter.of(dct);
    return reporting(dct) ? current.previous() : current;
  }
}
