package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the fiscal first quarter", "the year-ago third quarter": a named quarter without a year is the last
 * such quarter up to the document's unless the clause looks ahead, and a year before that when the
 * phrase says "year-ago" or "year-earlier".
 */
final class QuarterByTense implements ValueRule {
  private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");
  private static final Pattern YEAR_AGO = Pattern.compile("\\byear-(?:ago|earlier)\\b");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String value = m.candidate().value();
    Matcher q = value == null ? null : QUARTER.matcher(value);
    if (q == null || !q.matches() || CalendarText.hasYear(m.candidate().text()) || n.documentDate() == null
        || m.lower().matches(".*\\b(next|last|this|coming|previous)\\b.*")) {
      return null;
    }
    YearQuarter named = new YearQuarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)));
    YearQuarter current = YearQuarter.of(n.documentDate());
    if (m.tense() != Tense.FUTURE && named.compareTo(current) > 0) {
      named = new YearQuarter(named.year() - 1, named.quarter());
    }
    if (YEAR_AGO.matcher(m.lower()).find()) {
      named = named.yearBefore();
    }
    return value.equals(named.value()) ? null : Resolution.of("DATE", named.value());
  }
}
