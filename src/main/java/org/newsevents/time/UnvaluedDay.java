package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Last resort for a day the tagger could not value. "the early hours of
 * Thursday morning" holds one weekday: it is that day (WeekdayByTense), with the part of the day's code
 * when one is named.
 */
final class UnvaluedDay implements ValueRule {
  private static final Pattern PART = Pattern.compile("\\b(morning|afternoon|evening|night)\\b");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String value = m.candidate().value();
    String text = m.candidate().text();
    int weekday = CalendarText.weekday(text);
    if (value != null || weekday == 0 || CalendarText.month(text) > 0 || CalendarText.hasYear(text)
        || CalendarText.relative(m.lower()) || n.documentDate() == null || text.matches(".*\\d.*")) {
      return null;
    }
    String day = TimexValues.day(WeekdayByTense.day(m, n.documentDate(), weekday));
    Matcher part = PART.matcher(m.lower());
    String code = part.find() ? TimeLexicon.PART_OF_DAY_CODES.get(part.group(1)) : null;
    return Resolution.of("DATE", code == null ? day : day + "T" + code);
  }
}
