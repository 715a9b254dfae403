package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "later that year", "Earlier that day", "that same day": the tagger reports the bare unit as a one-unit
 * DURATION, but with its demonstrative it is a DATE the narrative names (AnaphoricDate), and TimeML's
 * span takes the determiner and the "earlier"/"later" that places it in that day or year.
 */
final class AnaphoricUnit implements SpanRule {
  private static final Pattern UNIT = Pattern.compile("(?i)day|week|month|year");
  private static final Pattern DETERMINER = Pattern.compile("(?i)(?:\\b(?:earlier|later)\\s+)?\\b(?:that|that same|the same)\\s+$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher d = DETERMINER.matcher(parsed.text().substring(Math.max(0, c.start() - 30), c.start()));
      if (UNIT.matcher(c.text()).matches() && d.find()) {
        int start = c.start() - (d.end() - d.start());
        out.add(new TimexCandidate(start, c.end(), parsed.text().substring(start, c.end()), "DATE", c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
