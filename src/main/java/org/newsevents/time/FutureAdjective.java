package org.newsevents.time;

import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "all future losses", "Intel's future flagship", "for the foreseeable future": "future" alone, as an
 * adjective or the head of a described future, is mostly left unmarked by the TempEval-3 gold; someone's
 * future ("the decision about Elian's future") is the time to come, FUTURE_REF. ("The future" the tagger
 * spans with its article, and stays.)
 */
final class FutureAdjective implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !c.text().equalsIgnoreCase("future") || someones(c, parsed)).toList();
  }

  /** "Elian's future", "his future": the noun after a possessive, with no noun after it ("its future strategy"). */
  private static boolean someones(TimexCandidate c, ParsedText parsed) {
    boolean possessed = TextAround.previous(parsed, c).filter(t -> t.pos().equals("POS") || t.pos().equals("PRP$")).isPresent();
    boolean modifies = TextAround.next(parsed, c).filter(t -> t.start() == c.end() + 1
        && (t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.pos().equals("VBG"))).isPresent();
    return possessed && !modifies;
  }
}
