package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "sell programs in past years", "for the past three summers": the tagger reads "past" as a reference of its
 * own (PAST_REF) and the plural unit after it as another timex; TimeML has one, the units counted back, valued
 * as the units are (the value rules then read the whole phrase).
 */
final class RelativeWordBeforeUnits implements SpanRule {
  private static final Pattern RELATIVE = Pattern.compile("(?i)^(?:the )?(?:past|recent|coming)$");
  private static final Pattern BETWEEN = Pattern.compile("(?i)^\\s+(?:(?:few|several|many|[a-z]+|\\d+)\\s+)?$");
  private static final Pattern PLURAL = Pattern.compile("(?i)^[a-z]+s$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      TimexCandidate last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.end() < c.start() && RELATIVE.matcher(last.text()).matches() && PLURAL.matcher(c.text()).matches()
          && BETWEEN.matcher(parsed.text().substring(last.end(), c.start())).matches()) {
        out.set(out.size() - 1, new TimexCandidate(last.start(), c.end(), parsed.text().substring(last.start(), c.end()),
            c.type(), c.value()));
      } else {
        out.add(c);
      }
    }
    return out;
  }
}
