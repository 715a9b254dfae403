package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;
import org.newsevents.model.Token;

/** A length of time followed by "prior" ("Two days prior") is one DATE span, counted back. */
final class PriorOffset implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Optional<Token> next = TextAround.next(parsed, c);
      if ("DURATION".equals(c.type()) && next.isPresent() && next.get().start() - c.end() <= 1
          && TimeLexicon.PRIOR_SIGNALS.contains(next.get().word().toLowerCase(Locale.ROOT))) {
        int end = next.get().end();
        out.add(new TimexCandidate(c.start(), end, parsed.text().substring(c.start(), end), "DATE", c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
