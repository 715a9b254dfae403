package org.newsevents.time;

/**
 * "up from $10 million a year ago" right after a quarter's figures: the comparison is with the same
 * quarter a year before, not with the whole year.
 */
final class YearEarlierQuarter implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (n.quarter() == null || !TimeLexicon.YEAR_EARLIER_PHRASES.contains(m.lower())) {
      return null;
    }
    return Resolution.of("DATE", n.quarter().yearBefore().value());
  }
}
