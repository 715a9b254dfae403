package org.newsevents.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "over the past decade": the stretch of time leading up to now, a DURATION, not the decade "199X". But a
 * time within it ("lost to inflation in the last decade", "the third time in the past decade") is placed in
 * the calendar decade before the document's, a DATE written with its known digits ("198" in a 1998 story,
 * "200" in a 2011 one), as TimeBank and MEANTIME write it.
 */
final class PastDecade implements ValueRule {
  private static final Pattern PAST = Pattern.compile("^(?:the )?(?:past|last) (decade|century)$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher p = PAST.matcher(m.lower());
    if (!p.matches()) {
      return null;
    }
    String before = m.before().toLowerCase(Locale.ROOT);
    if (p.group(1).equals("decade") && (before.equals("in") || before.equals("during")) && n.documentDate() != null) {
      return Resolution.of("DATE", String.valueOf(n.documentDate().getYear() / 10 - 1));
    }
    return Resolution.of("DURATION", p.group(1).equals("decade") ? "P10Y" : "P100Y");
  }
}
