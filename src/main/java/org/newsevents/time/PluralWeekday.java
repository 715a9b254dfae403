package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "on Mondays", "Tuesday nights": a weekday in the plural recurs every week, a SET (XXXX-WXX-2TNI), not one
 * day; so does the first of "Monday and Tuesday nights", which shares the plural of the second.
 */
final class PluralWeekday implements ValueRule {
  private static final Pattern PLURAL = Pattern.compile("^([a-z]+days?)(?: ([a-z]+)s)?$");
  private static final Pattern SHARED = Pattern.compile(
      "^\\s+(?:and|or)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:s\\b| ([a-z]+)s\\b)");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher p = PLURAL.matcher(m.lower());
    if (!p.matches() || CalendarText.weekday(p.group(1)) == 0) {
      return null;
    }
    boolean pluralDay = p.group(1).endsWith("s");
    String part = p.group(2);
    Matcher shared = SHARED.matcher(m.following());
    if (!pluralDay && part == null && shared.find()) {
      // "Monday and Tuesday nights": the plural, and the part of the day, of the second weekday
      pluralDay = shared.group(1) == null;
      part = shared.group(1);
    }
    if (pluralDay == (part != null) || part != null && !TimeLexicon.PARTS_OF_DAY.contains(part)) {
      return null;
    }
    String value = "XXXX-WXX-" + CalendarText.weekday(p.group(1));
    return Resolution.of("SET", part == null ? value : PartOfDay.withPart(value, p.group(1) + " " + part));
  }
}
