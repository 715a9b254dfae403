package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the last half of 1989", "(at least) the first two quarters of 1990": TimeML's half-years, 1989-H2 and
 * 1990-H1; a bounding "at least" goes to TimeML's mod, not the value.
 */
final class YearHalf implements ValueRule {
  private static final Pattern HALF = Pattern.compile(
      "^(?:(?:at least|about|nearly|almost) )?(?:the )?(first|second|last|latter|final) (?:half|two quarters) of (\\d{4})$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher h = HALF.matcher(m.lower());
    if (!h.matches()) {
      return null;
    }
    return Resolution.of("DATE", h.group(2) + (h.group(1).equals("first") ? "-H1" : "-H2"));
  }
}
