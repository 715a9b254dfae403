package org.newsevents.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "Du Pont's second this year", "a reasonably flat year this year": the tagger joins a word before "this
 * year" into one expression it cannot value. The span is the relative expression ("this year"), valued
 * from the document date (this, last or next year, month or week).
 */
final class RelativeUnitTail implements SpanRule, ValueRule {
  private static final Pattern TAIL = Pattern.compile("(?i)\\s((?:this|last|next) (?:year|month|week))$");
  private static final Pattern RELATIVE = Pattern.compile("^(this|last|next) (year|month|week)$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher t = TAIL.matcher(c.text());
      if (c.value() == null && t.find()) {
        int start = c.start() + t.start(1);
        out.add(new TimexCandidate(start, c.end(), parsed.text().substring(start, c.end()), "DATE", null));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher r = RELATIVE.matcher(m.lower());
    if (m.candidate().value() != null || !r.matches() || n.documentDate() == null) {
      return null;
    }
    int shift = switch (r.group(1)) {
      case "last" -> -1;
      case "next" -> 1;
      default -> 0;
    };
    LocalDate d = n.documentDate();
    return Resolution.of("DATE", switch (r.group(2)) {
      case "year" -> TimexValues.year(d.getYear() + shift);
      case "month" -> TimexValues.month(java.time.YearMonth.from(d).plusMonths(shift));
      default -> TimexValues.week(d.plusWeeks(shift));
    });
  }
}
