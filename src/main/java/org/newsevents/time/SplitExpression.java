package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * One expression the tagger reported as two: neighbours separated only by spaces with the same
 * value ("18:00" and "UTC" when the name tagger labels the zone an organisation) are one span.
 */
final class SplitExpression implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      TimexCandidate last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.end() <= c.start() && c.value() != null && c.value().equals(last.value())
          && c.type().equals(last.type()) && parsed.text().substring(last.end(), c.start()).isBlank()) {
        out.set(out.size() - 1, new TimexCandidate(last.start(), c.end(),
            parsed.text().substring(last.start(), c.end()), last.type(), last.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
