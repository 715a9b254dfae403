package org.newsevents.time;

import java.util.Locale;

/**
 * Geremek said it was "a great day for Poland": a day judged by an adjective in a copular clause is the day
 * the clause is about, the story's day when it "was", the document's when it "is"; not a length of one day.
 * An ordinal before it ("the first trading day") counts instead (OrdinalDay, the tagger's length).
 */
final class EvaluatedDay implements ValueRule {
  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!m.lower().equals("day") || !m.beforeTag().startsWith("JJ") || TimeLexicon.COUNTING_ADJECTIVES.contains(m.before().toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (m.tense() == Tense.PAST && n.day() != null) {
      return Resolution.of("DATE", TimexValues.day(n.day()));
    }
    if (m.tense() == Tense.PRESENT && n.documentDate() != null) {
      return Resolution.of("DATE", TimexValues.day(n.documentDate()));
    }
    return null;
  }
}
