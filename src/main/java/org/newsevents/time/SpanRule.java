package org.newsevents.time;

import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** One named correction to the tagger's timex spans: drops, extends, trims or adds candidates. */
interface SpanRule {
  List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed);
}
