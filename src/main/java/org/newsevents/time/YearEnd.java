package org.newsevents.time;

import java.util.regex.Pattern;

/** "by year end", "by year's end": the end of the document's year, which TimeML dates as that year. */
final class YearEnd implements ValueRule {
  private static final Pattern YEAR_END = Pattern.compile("^(?:the )?year(?:'s|-)? ?end$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!YEAR_END.matcher(m.lower()).matches() || n.documentDate() == null) {
      return null;
    }
    return Resolution.of("DATE", TimexValues.year(n.documentDate().getYear()));
  }
}
