package org.newsevents.time;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** A piece the tagger splits off a longer expression ("the" of "the six months", a lone comma) names no time. */
final class WordlessTimex implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !wordless(c.text())).toList();
  }

  private static boolean wordless(String text) {
    return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+"))
        .allMatch(w -> w.isEmpty() || TimeLexicon.FUNCTION_WORDS.contains(w));
  }
}
