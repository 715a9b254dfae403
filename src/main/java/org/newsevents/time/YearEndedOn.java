package org.newsevents.time;

import java.util.regex.Pattern;

/** "the year ended March 31", "the fiscal year ending June 30": a company's twelve months, a DURATION. */
final class YearEndedOn implements ValueRule {
  private static final Pattern YEAR = Pattern.compile("^the (?:latest |last )?(?:fiscal )?year$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!YEAR.matcher(m.lower()).matches() || !TimeLexicon.PERIOD_END_WORDS.contains(m.after())) {
      return null;
    }
    return Resolution.of("DURATION", "P1Y");
  }
}
