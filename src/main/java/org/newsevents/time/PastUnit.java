package org.newsevents.time;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * "over the past year", "the same period of the last year": dated, the phrase names the year before the
 * document's, as "last year" does (TimeBank's gold: 1997 in a story of March 1998); the tagger gives the
 * document's own year. "the last week" is another matter, the seven days up to now, which the tagger's
 * week stands for (AQUAINT's gold), and a length the tagger made of the year (P1Y) is left alone.
 */
final class PastUnit implements ValueRule {
  private static final Pattern PAST_YEAR = Pattern.compile("^(?:the )?(?:past|last) year$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    LocalDate dct = n.documentDate();
    if (!PAST_YEAR.matcher(m.lower()).matches() || dct == null || !"DATE".equals(m.candidate().type())
        || !TimexValues.year(dct.getYear()).equals(m.candidate().value())) {
      return null;
    }
    return Resolution.of("DATE", TimexValues.year(dct.getYear() - 1));
  }
}
