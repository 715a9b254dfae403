package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "over the past decade": the stretch of time leading up to now, a DURATION, not the decade "199X". */
final class PastDecade implements ValueRule {
  private static final Pattern PAST = Pattern.compile("^(?:the )?(?:past|last) (decade|century)$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher p = PAST.matcher(m.lower());
    if (!p.matches()) {
      return null;
    }
    return Resolution.of("DURATION", p.group(1).equals("decade") ? "P10Y" : "P100Y");
  }
}
