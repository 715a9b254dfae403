package org.newsevents.time;

import java.util.List;
import java.util.Locale;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** A frequency word naming a kind of publication ("daily newspaper", "weekly newsletter") is no SET. */
final class PublicationFrequency implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !(TimeLexicon.FREQUENCY_WORDS.contains(c.text().toLowerCase(Locale.ROOT))
        && TextAround.next(parsed, c)
            .filter(t -> TimeLexicon.PUBLICATION_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))).isPresent()))
        .toList();
  }
}
