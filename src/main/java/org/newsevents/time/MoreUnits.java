package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "two more weeks", "20 more years": the tagger tags only the plural unit, as a vague length; the count
 * and "more" belong to the span, and the count gives the length (UnresolvedDuration: P2W).
 */
final class MoreUnits implements SpanRule {
  private static final Pattern UNITS = Pattern.compile("(?i)[a-z]+s");
  private static final Pattern COUNT_MORE = Pattern.compile("(?i)\\b([a-z]+|\\d+)\\s+more\\s+$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher d = COUNT_MORE.matcher(parsed.text().substring(Math.max(0, c.start() - 30), c.start()));
      if ("DURATION".equals(c.type()) && UNITS.matcher(c.text()).matches() && d.find()
          && (d.group(1).matches("\\d+") || TimeLexicon.NUMBERS.containsKey(d.group(1).toLowerCase(Locale.ROOT)))) {
        int start = c.start() - (d.end() - d.start());
        out.add(new TimexCandidate(start, c.end(), parsed.text().substring(start, c.end()), c.type(), c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
