package org.newsevents.time;

import java.util.regex.Pattern;

/**
 * "by year end", "by year's end": the end of the document's year, which TimeML dates as that year. The
 * word "year-end" the tagger missed (YearEndSpan) is written as the day, December 31: of the document's
 * year, or of the year before when the clause counts from it ("since year-end").
 */
final class YearEnd implements ValueRule {
  static final String DECEMBER_31 = "XXXX-12-31";
  private static final Pattern YEAR_END = Pattern.compile("^(?:the )?year(?:'s|-)? ?end$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!YEAR_END.matcher(m.lower()).matches() || n.documentDate() == null) {
      return null;
    }
    if (DECEMBER_31.equals(m.candidate().value())) {
      boolean since = m.before().equalsIgnoreCase("since") || m.before().equalsIgnoreCase("after");
      return Resolution.of("DATE", TimexValues.year(n.documentDate().getYear() - (since ? 1 : 0)) + "-12-31");
    }
    return Resolution.of("DATE", TimexValues.year(n.documentDate().getYear()));
  }
}
