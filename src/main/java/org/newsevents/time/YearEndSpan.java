package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/** "by year end", "by year's end": the tagger tags "year" alone, a one-year length; the span takes the end in (YearEnd). */
final class YearEndSpan implements SpanRule {
  private static final Pattern END = Pattern.compile("^(?:'s|-)?\\s?end\\b");

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
    return out;
  }
}
