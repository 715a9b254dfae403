package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "In London at mid-afternoon yesterday": a part of the day before "yesterday", "today" or "tomorrow" belongs
 * to the timex, which the tagger stops at the day; the day's value takes the part's code (1989-11-01TAF).
 */
final class PartOfDayBeforeDay implements SpanRule {
  private static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b((?:(?:mid|early|late)[- ]?)?([a-z]+))\\s+$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    String text = parsed.text();
    for (TimexCandidate c : candidates) {
      Matcher m = PART_BEFORE.matcher(text.substring(Math.max(0, c.start() - 25), c.start()));
      String code = m.find() ? TimeLexicon.PART_OF_DAY_CODES.get(m.group(2).toLowerCase(Locale.ROOT)) : null;
      if (code == null || c.value() == null || !c.value().matches("\\d{4}-\\d\\d-\\d\\d")
          || !c.text().toLowerCase(Locale.ROOT).matches("yesterday|today|tomorrow")) {
        out.add(c);
        continue;
      }
      int start = c.start() - (m.end() - m.start(1));
      out.add(new TimexCandidate(start, c.end(), text.substring(start, c.end()), "TIME", c.value() + "T" + code));
    }
    return out;
  }
}
