package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "took the stand for more than four hours Friday": the tagger joins a length and the day after it into
 * one expression it cannot value. They are two timexes: the DURATION (UnresolvedDuration) and the day
 * (WeekdayByTense and the other day rules).
 */
final class DurationBeforeDay implements SpanRule {
  private static final Pattern SHAPE = Pattern.compile(
      "(?i)^(.+?\\b(?:second|minute|hour|day|week|month|year)s?)\\s+((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)(?:\\s+(?:morning|afternoon|evening|night))?)$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher m = SHAPE.matcher(c.text());
      String duration = m.matches() ? DurationText.value(lengthOf(m.group(1))) : null;
      if (c.value() != null || duration == null) {
        out.add(c);
        continue;
      }
      out.add(new TimexCandidate(c.start(), c.start() + m.end(1), m.group(1), "DURATION", duration));
      out.add(new TimexCandidate(c.start() + m.start(2), c.end(), m.group(2), "DATE", null));
    }
    return out;
  }

  private static String lengthOf(String text) {
    return text.toLowerCase(java.util.Locale.ROOT)
        .replaceFirst("^(?:(?:more than|less than|at least|at most|about|nearly|almost|over|some|roughly|up to) )+", "");
  }
}
