package org.newsevents.time;

import java.util.Locale;

/**
 * "Islam will one day be the second largest religion": "one day" between an auxiliary and its verb is an
 * unnamed time to come (FUTURE_REF), not a length of one day ("had only been in the job one day").
 */
final class OneDayAhead implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!m.lower().equals("one day") || m.tense() != Tense.FUTURE) {
      return null;
    }
    String before = m.before().toLowerCase(Locale.ROOT);
    if (!TimeLexicon.FUTURE_AUXILIARIES.contains(before) && !TimeLexicon.MODAL_AUXILIARIES.contains(before)) {
      return null;
    }
    return Resolution.of("DATE", "FUTURE_REF");
  }
}
