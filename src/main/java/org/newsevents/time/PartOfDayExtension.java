package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;
import org.newsevents.model.Token;

/** A weekday followed by a part of the day ("Wednesday night") is one span, even when tagged as two. */
final class PartOfDayExtension implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    java.util.Set<TimexCandidate> absorbed = new java.util.HashSet<>();
    for (TimexCandidate c : candidates) {
      if (absorbed.contains(c)) {
        continue;
      }
      Optional<Token> next = TextAround.next(parsed, c);
      if (c.text().matches("[A-Z][a-z]+") && CalendarText.weekday(c.text()) > 0 && next.isPresent()
          && next.get().start() - c.end() == 1
          && TimeLexicon.PARTS_OF_DAY.contains(next.get().word().toLowerCase(Locale.ROOT))
          && candidates.stream().noneMatch(o -> o != c && o.overlaps(next.get()) && !o.contains(next.get())
              || o.start() == next.get().start() && o.end() > next.get().end())) {
        int end = next.get().end();
        candidates.stream().filter(o -> o != c && o.start() == next.get().start() && o.end() == end).forEach(absorbed::add);
        out.add(new TimexCandidate(c.start(), end, parsed.text().substring(c.start(), end), c.type(), c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
