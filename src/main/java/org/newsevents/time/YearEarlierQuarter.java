package org.newsevents.time;

import java.util.regex.Pattern;

/**
 * "up from $10 million a year ago" right after a quarter's figures: the comparison is with the same
 * quarter a year before, not with the whole year. Before any quarter is named, "the year-ago quarter"
 * is the reported quarter a year back (ReportedQuarter), and "year-earlier" alone ("year-earlier
 * profit") the year before the document's. After the year-to-date figures ("For the nine months"),
 * the comparison is with the year before, which TimeML writes as that year.
 */
final class YearEarlierQuarter implements ValueRule {
  private static final Pattern HYPHENATED = Pattern.compile("\\byear-(?:ago|earlier)\\b");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!TimeLexicon.YEAR_EARLIER_PHRASES.contains(m.lower())) {
      return null;
    }
    if (n.yearToDate() && n.documentDate() != null) {
      // "For the nine months, net rose 20%, from $12 million a year earlier": the year before, as a year
      return Resolution.of("DATE", TimexValues.year((n.quarter() != null ? n.quarter().year() : n.documentDate().getYear()) - 1));
    }
    if (n.quarter() != null) {
      return Resolution.of("DATE", n.quarter().yearBefore().value());
    }
    if (n.documentDate() == null || !HYPHENATED.matcher(m.lower()).find()) {
      return null;
    }
    if (m.lower().matches("(?:\\S+ )*(?:quarter|period)")) {
      return Resolution.of("DATE", ReportedQuarter.reported(n.documentDate()).yearBefore().value());
    }
    return Resolution.of("DATE", TimexValues.year(n.documentDate().getYear() - 1));
  }
}
