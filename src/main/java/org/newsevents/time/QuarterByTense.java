package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the fiscal first quarter", "the year-ago third quarter": a named quarter without a year is the last
 * such quarter up to the document's unless the clause looks ahead, and a year before that when the
 * phrase says "year-ago" or "year-earlier". In the reporting weeks after a quarter's end, that quarter
 * is the one meant even in a forecast ("its third-quarter earnings will probably be lower"). The number
 * is the one written: the tagger values "the fiscal-first quarter" as the fourth.
 */
final class QuarterByTense implements ValueRule {
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern ORDINAL = Pattern.compile("\\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter\\b");
  private static final Pattern YEAR_AGO = Pattern.compile("\\byear-(?:ago|earlier)\\b");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String value = m.candidate().value();
    Matcher q = value == null ? null : QUARTER.matcher(value);
    if (q == null || !q.matches() || CalendarText.hasYear(m.candidate().text()) || n.documentDate() == null
        || m.lower().matches(".*\\b(next|last|this|coming|previous)\\b.*")) {
      return null;
    }
    int ordinal = ordinal(m.lower());
    YearQuarter named = new YearQuarter(Integer.parseInt(q.group(1)), ordinal > 0 ? ordinal : Integer.parseInt(q.group(2)));
    YearQuarter current = YearQuarter.of(n.documentDate());
    YearQuarter justEnded = ReportedQuarter.reporting(n.documentDate()) ? current.previous() : null;
    if (justEnded != null && named.quarter() == justEnded.quarter() && Math.abs(named.year() - justEnded.year()) <= 1) {
      // in the reporting weeks the quarter just ended is the one reported on, or forecast before its figures are out
      named = justEnded;
    } else if (m.tense() != Tense.FUTURE && named.compareTo(current) > 0) {
      named = new YearQuarter(named.year() - 1, named.quarter());
    }
    if (YEAR_AGO.matcher(m.lower()).find()) {
      named = named.yearBefore();
    }
    return value.equals(named.value()) ? null : Resolution.of("DATE", named.value());
  }

  /** The quarter the words number ("fiscal-first", "third-quarter", "2nd"), 1-4, or 0. */
  private static int ordinal(String lower) {
    Matcher o = ORDINAL.matcher(lower);
    if (!o.find()) {
      return 0;
    }
    return switch (o.group(1)) {
      case "first", "1st" -> 1;
      case "second", "2nd" -> 2;
      case "third", "3rd" -> 3;
      default -> 4;
    };
  }
}
