package org.newsevents.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Token;
import org.newsevents.model.TimexCandidate;

/**
 * "as Easter week began": the week of a holiday is one timex, the ISO week holding the holiday's day; the
 * tagger gives the holiday its day and the word "week" after it a length of its own.
 */
final class HolidayWeek implements SpanRule, ValueRule {
  private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d$");
  private static final Pattern NAME = Pattern.compile("[A-Z][a-z]+(?: [A-Z][a-z]+)*");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      TimexCandidate c = candidates.get(i);
      Optional<Token> next = holiday(c) ? TextAround.next(parsed, c) : Optional.empty();
      if (next.isPresent() && next.get().word().equalsIgnoreCase("week") && next.get().start() == c.end() + 1) {
        int end = next.get().end();
        out.add(new TimexCandidate(c.start(), end, parsed.text().substring(c.start(), end), "DATE", c.value()));
        if (i + 1 < candidates.size() && candidates.get(i + 1).start() < end) {
          i++;
        }
      } else {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String text = m.candidate().text();
    if (!text.matches(".+ [Ww]eek") || !holiday(new TimexCandidate(0, 0, text.substring(0, text.length() - 5),
        m.candidate().type(), m.candidate().value()))) {
      return null;
    }
    return Resolution.of("DATE", TimexValues.week(LocalDate.parse(m.candidate().value())));
  }

  /** A named day the tagger dated: a capitalised name, no weekday or month in it, a day's value. */
  private static boolean holiday(TimexCandidate c) {
    return "DATE".equals(c.type()) && c.value() != null && DAY.matcher(c.value()).matches() && NAME.matcher(c.text()).matches()
        && CalendarText.weekday(c.text()) == 0 && CalendarText.month(c.text()) == 0 && !CalendarText.relative(c.text());
  }
}
