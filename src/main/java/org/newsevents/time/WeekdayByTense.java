package org.newsevents.time;

import java.time.LocalDate;

/**
 * A bare weekday ("said on Thursday", "will meet on Friday"): the governing verb's tense decides
 * between the last such day up to the document date and the next one from it; a forward signal
 * ("postponed until Tuesday") looks ahead whatever the tense, but not fronted ("Until Thursday, they
 * had not called him a suspect"), where it looks back from the story's day. A part of the day after it
 * ("Friday night") adds its code to the day (PartOfDay). A weekday in the possessive names a day whose
 * event the story reports ("ways to get around Wednesday's ruling", "Friday's trading"): the last such day,
 * whatever the clause's tense (every such weekday in the TempEval-3 gold lies back).
 */
final class WeekdayByTense implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    int weekday = CalendarText.weekday(m.lower());
    String text = m.candidate().text();
    if (weekday == 0 || CalendarText.relative(m.lower()) || CalendarText.month(text) > 0 || CalendarText.hasYear(text)
        || !(m.lower().matches("[a-z]+") || PartOfDay.weekdayWithPart(m.lower()))) {
      return null;
    }
    if (n.documentDate() == null) {
      return Resolution.of("DATE", PartOfDay.withPart("XXXX-WXX-" + weekday, m.lower()));
    }
    return Resolution.of("DATE", PartOfDay.withPart(TimexValues.day(day(m, n.documentDate(), weekday)), m.lower()));
  }

  /** The weekday the mention means, counted from the document date forward or back. */
  static LocalDate day(TimexMention m, LocalDate documentDate, int weekday) {
    LocalDate d = documentDate;
    boolean ahead = !m.possessive() && (m.tense() == Tense.FUTURE || TimeLexicon.FORWARD_SIGNALS.contains(m.before()));
    while (d.getDayOfWeek().getValue() != weekday) {
      d = ahead ? d.plusDays(1) : d.minusDays(1);
    }
    return d;
  }
}
