package org.newsevents.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "10 p.m. Wednesday", "noon Thursday": the weekday dated as a bare weekday is, at the clock time named;
 * "midnight Friday" is the end of that Friday (T24:00), as a deadline means it.
 */
final class ClockOnWeekday implements ValueRule {
  private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2})(?::(\\d\\d))? ?([ap])\\.?m\\b\\.?|\\bnoon\\b|\\bmidnight\\b");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    int weekday = CalendarText.weekday(m.lower());
    Matcher c = CLOCK.matcher(m.lower());
    String text = m.candidate().text();
    if (weekday == 0 || !c.find() || n.documentDate() == null || CalendarText.month(text) > 0 || CalendarText.relative(m.lower())) {
      return null;
    }
    int hour = c.group().equals("midnight") ? 24 : 12;
    int minute = 0;
    if (c.group(1) != null) {
      hour = Integer.parseInt(c.group(1)) % 12 + (c.group(3).toLowerCase(Locale.ROOT).equals("p") ? 12 : 0);
      minute = c.group(2) == null ? 0 : Integer.parseInt(c.group(2));
    }
    return Resolution.of("TIME", String.format("%sT%02d:%02d", WeekdayByTense.day(m, n.documentDate(), weekday), hour, minute));
  }
}
