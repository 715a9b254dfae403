package org.newsevents.time;

/** "today" inside a quotation is the day the speaker spoke: the lede's day, when the story names one. */
final class QuotedToday implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!m.quoted() || !(m.lower().equals("today") || m.lower().equals("tonight")) || n.ledeDay() == null) {
      return null;
    }
    return Resolution.of("DATE", TimexValues.day(n.ledeDay()));
  }
}
