package org.newsevents.time;

import java.util.List;
import java.util.Locale;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** Adverbs the tagger takes for past references ("previously", "once") that TimeML leaves unmarked. */
final class NotATimex implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream()
        .filter(c -> !TimeLexicon.NOT_TIMEXES.contains(c.text().toLowerCase(Locale.ROOT))).toList();
  }
}
