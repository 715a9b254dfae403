package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "by year end", "by year's end": the tagger tags "year" alone, a one-year length; the span takes the end in
 * (YearEnd). Written "year-end" after a preposition ("by year-end", "since year-end") the tagger tags
 * nothing, and the word is added as the day it names, December 31 (YearEnd gives the year); the adjective
 * ("year-end results") is not a timex.
 */
final class YearEndSpan implements SpanRule {
  private static final Pattern END = Pattern.compile("^(?:'s|-)?\\s?end\\b");
  private static final Pattern UNTAGGED = Pattern.compile(
      "(?i)\\b(?:by|since|at|until|till|before|after|around|toward|towards|through)\\s+(year-end)\\b(?!-|\\s+[a-z])");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher e = END.matcher(parsed.text().substring(c.end(), Math.min(parsed.text().length(), c.end() + 8)));
      if (c.text().equalsIgnoreCase("year") && e.find()) {
        int end = c.end() + e.end();
        out.add(new TimexCandidate(c.start(), end, parsed.text().substring(c.start(), end), "DATE", c.value()));
      } else {
        out.add(c);
      }
    }
    Matcher u = UNTAGGED.matcher(parsed.text());
    while (u.find()) {
      int start = u.start(1);
      int end = u.end(1);
      if (out.stream().noneMatch(c -> c.start() < end && start < c.end())) {
        out.add(new TimexCandidate(start, end, u.group(1), "DATE", YearEnd.DECEMBER_31));
      }
    }
    out.sort(java.util.Comparator.comparingInt(TimexCandidate::start));
    return out;
  }
}
