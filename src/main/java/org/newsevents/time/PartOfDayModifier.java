package org.newsevents.time;

import java.util.List;
import java.util.Locale;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "on state TV's morning talk show": a part of the day alone before a noun names a kind of thing (a morning
 * show, the evening news), not a time.
 */
final class PartOfDayModifier implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !(TimeLexicon.PARTS_OF_DAY.contains(c.text().toLowerCase(Locale.ROOT))
        && TextAround.next(parsed, c).filter(t -> t.start() == c.end() + 1 && t.pos().startsWith("NN")).isPresent()))
        .toList();
  }
}
