package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "on Mondays", "Tuesday nights": a weekday in the plural recurs every week, a SET (XXXX-WXX-2TNI), not one day. */
final class PluralWeekday implements ValueRule {
  private static final Pattern PLURAL = Pattern.compile("^([a-z]+days?)(?: ([a-z]+)s)?$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher p = PLURAL.matcher(m.lower());
    if (!p.matches() || CalendarText.weekday(p.group(1)) == 0) {
      return null;
    }
    boolean pluralDay = p.group(1).endsWith("s");
    String part = p.group(2);
    if (pluralDay == (part != null) || part != null && !TimeLexicon.PARTS_OF_DAY.contains(part)) {
      return null;
    }
    String value = "XXXX-WXX-" + CalendarText.weekday(p.group(1));
    return Resolution.of("SET", part == null ? value : PartOfDay.withPart(value, p.group(1) + " " + part));
  }
}
