package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "within weeks or months", "in recent weeks and months": two vague lengths joined by "or" or "and" are
 * one timex in TimeML, valued as the first; the tagger tags each unit apart.
 */
final class UnitPair implements SpanRule {
  private static final Pattern VAGUE = Pattern.compile("^PT?X[A-Z]+$");
  private static final Pattern BARE_PLURAL = Pattern.compile("(?i)^[a-z]+s$");
  private static final Pattern JOINT = Pattern.compile("^\\s+(?:or|and)\\s+$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      TimexCandidate last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.end() <= c.start() && vague(last) && vague(c) && BARE_PLURAL.matcher(c.text()).matches()
          && last.text().matches("(?i).*\\b[a-z]+s$") && JOINT.matcher(parsed.text().substring(last.end(), c.start())).matches()) {
        out.set(out.size() - 1, new TimexCandidate(last.start(), c.end(), parsed.text().substring(last.start(), c.end()),
            last.type(), last.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean vague(TimexCandidate c) {
    return "DURATION".equals(c.type()) && c.value() != null && VAGUE.matcher(c.value()).matches();
  }
}
