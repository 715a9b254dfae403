package org.newsevents.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.TimexCandidate;
import org.newsevents.model.Token;

/** Two consecutive years whose dash was lost in scraping ("20162017") are two year timexes. */
final class ConcatenatedYears implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>(candidates);
    for (Sentence s : parsed.sentences()) {
      for (Token t : s.tokens()) {
        if (!t.word().matches("(19|20)\\d\\d(19|20)\\d\\d") || t.end() - t.start() != 8) {
          continue;
        }
        int first = Integer.parseInt(t.word().substring(0, 4));
        int second = Integer.parseInt(t.word().substring(4));
        if (second <= first || second - first > 10 || candidates.stream().anyMatch(c -> c.overlaps(t))) {
          continue;
        }
        out.add(new TimexCandidate(t.start(), t.start() + 4, t.word().substring(0, 4), "DATE", String.valueOf(first)));
        out.add(new TimexCandidate(t.start() + 4, t.end(), t.word().substring(4), "DATE", String.valueOf(second)));
      }
    }
    out.sort(Comparator.comparingInt(TimexCandidate::start));
    return out;
  }
}
