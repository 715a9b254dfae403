package org.newsevents.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "at 18:00 UTC", "5 p.m. EST Nov. 9": a clock time with no day of its own falls on the day the story
 * has moved to, not the document date; TimeML keeps UTC as "Z" and leaves other zones out of the value.
 */
final class ClockTime implements ValueRule {
  private static final Pattern CLOCK = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d)?(T\\d\\d(?::\\d\\d)?)([+-]\\d{4}|Z)?$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String value = m.candidate().value();
    Matcher c = value == null || !"TIME".equals(m.candidate().type()) ? null : CLOCK.matcher(value);
    if (c == null || !c.matches()) {
      return null;
    }
    String day = c.group(1);
    String text = m.candidate().text();
    boolean ownDay = CalendarText.weekday(text) > 0 || CalendarText.month(text) > 0 || CalendarText.relative(m.lower());
    LocalDate dct = n.documentDate();
    if (!ownDay && (day == null || dct != null && day.equals(dct.toString()) && n.movedAway()) && n.day() != null) {
      day = n.day().toString();
    }
    String zone = c.group(3) == null ? "" : c.group(3).equals("+0000") || c.group(3).equals("Z") ? "Z" : "";
    String resolved = (day == null ? "" : day) + c.group(2) + zone;
    return resolved.equals(value) ? null : Resolution.of("TIME", resolved);
  }
}
