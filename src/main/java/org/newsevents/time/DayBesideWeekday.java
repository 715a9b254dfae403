package org.newsevents.time;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The day before last Tuesday's federal court hearing", "the day after Friday": a day next to a weekday
 * is that weekday, dated as a weekday alone is (WeekdayByTense; "last" the latest one up to the document
 * date), one day on or back. The tagger counts "last Tuesday" a week further back.
 */
final class DayBesideWeekday implements ValueRule {
  private static final Pattern SHAPE = Pattern.compile("^(?:the )?day (before|after) (?:(last|this|next) )?([a-z]+day)$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher s = SHAPE.matcher(m.lower());
    int weekday = s.matches() ? CalendarText.weekday(s.group(3)) : 0;
    if (weekday == 0 || n.documentDate() == null) {
      return null;
    }
    String relative = s.group(2);
    LocalDate day;
    if ("last".equals(relative)) {
      day = n.documentDate().minusDays(1);
      while (day.getDayOfWeek().getValue() != weekday) {
        day = day.minusDays(1);
      }
    } else if ("next".equals(relative)) {
      day = n.documentDate().plusDays(1);
      while (day.getDayOfWeek().getValue() != weekday) {
        day = day.plusDays(1);
      }
    } else {
      day = WeekdayByTense.day(m, n.documentDate(), weekday);
    }
    return Resolution.of("DATE", TimexValues.day(s.group(1).equals("before") ? day.minusDays(1) : day.plusDays(1)));
  }
}
