package org.newsevents.time;

import java.time.Month;

/** A month and day that no calendar has ("June 31"): kept as a span, marked invalid, given no value. */
final class ImpossibleDate implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    int month = CalendarText.month(m.candidate().text());
    int day = CalendarText.day(m.candidate().text());
    if (month == 0 || day == 0) {
      return null;
    }
    return day > Month.of(month).maxLength() ? Resolution.invalidDate() : null;
  }
}
