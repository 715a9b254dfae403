package org.newsevents.time;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** An age ("6-year-old", "44-year-old", "52 years old") describes a person, and TimeML does not mark it. */
final class AgeAdjective implements SpanRule {
  private static final Pattern AGE = Pattern.compile("(?i).*\\b[\\w]+-(year|month|week|day)s?-old$|^\\S+ (years|months|weeks|days) old$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !AGE.matcher(c.text()).matches()).toList();
  }
}
