package org.newsevents.time;

import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** "Day" after a capitalised word is part of a name ("Victory Day"), not a length of one day. */
final class NamedDay implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !(c.text().equals("Day") && TextAround.previous(parsed, c)
        .filter(t -> Character.isUpperCase(t.word().charAt(0)) && t.end() == c.start() - 1).isPresent())).toList();
  }
}
