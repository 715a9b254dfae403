package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "killed, most recently last October": a vague reference right before a timex ("recently", "now") only
 * qualifies it; the timex is the date, and the adverb is no timex of its own.
 */
final class AdverbBeforeTimex implements SpanRule {
  private static final Pattern VAGUE = Pattern.compile("PAST_REF|PRESENT_REF|FUTURE_REF");
  private static final Pattern ONE_WORD = Pattern.compile("(?i)[a-z]+");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      TimexCandidate c = candidates.get(i);
      TimexCandidate next = i + 1 < candidates.size() ? candidates.get(i + 1) : null;
      boolean qualifies = next != null && c.value() != null && VAGUE.matcher(c.value()).matches()
          && ONE_WORD.matcher(c.text()).matches() && next.start() > c.end()
          && parsed.text().substring(c.end(), next.start()).equals(" ") && next.value() != null
          && !VAGUE.matcher(next.value()).matches();
      if (!qualifies) {
        out.add(c);
      }
    }
    return out;
  }
}
