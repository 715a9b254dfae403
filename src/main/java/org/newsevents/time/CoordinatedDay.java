package org.newsevents.time;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "the NATO Washington summit on April 24 and 25": a day of the month joined to a full date by "and" or "or"
 * is a date of its own, which the tagger leaves untagged, in the month of the date before it (the day the
 * narrative has just resolved).
 */
final class CoordinatedDay implements SpanRule, ValueRule {
  private static final Pattern DATED = Pattern.compile("[A-Za-z]+\\.? \\d{1,2}$");
  private static final Pattern NEXT = Pattern.compile("^\\s+(?:and|or)\\s+(\\d{1,2})(?=\\s*[.,;:)]|\\s*$)");
  private static final Pattern BARE_DAY = Pattern.compile("^\\d{1,2}$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    String text = parsed.text();
    for (TimexCandidate c : candidates) {
      out.add(c);
      Matcher n = NEXT.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 12)));
      if (!DATED.matcher(c.text()).find() || CalendarText.month(c.text()) == 0 || !n.find()) {
        continue;
      }
      int start = c.end() + n.start(1);
      if (candidates.stream().noneMatch(o -> o.start() <= start && start < o.end())) {
        out.add(new TimexCandidate(start, c.end() + n.end(1), n.group(1), "DATE", null));
      }
    }
    return out;
  }

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!BARE_DAY.matcher(m.lower()).matches() || m.candidate().value() != null || n.day() == null) {
      return null;
    }
    int day = Integer.parseInt(m.lower());
    YearMonth month = YearMonth.from(n.day());
    return month.isValidDay(day) ? Resolution.of("DATE", TimexValues.day(month.atDay(day))) : Resolution.invalidDate();
  }
}
