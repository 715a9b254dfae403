package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Token;
import org.newsevents.model.TimexCandidate;

/**
 * "the 1988 period", "the 1988 quarter" in an earnings story: the reported quarter in the year named,
 * set against the current one. The tagger tags the year alone (or misreads the whole as a length); the
 * span is the noun phrase, and the value is that year's quarter the story reports on ("1988-Q3"), or the
 * year while the story has named no quarter ("the 1988 quarter" then takes the quarter the story's date
 * reports on, as ReportedQuarter does). After year-to-date figures ("the first nine months") "the 1988
 * period" is that year.
 */
final class YearPeriod implements SpanRule, ValueRule {
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern PHRASE = Pattern.compile("^the (\\d{4}) (?:period|quarter)$");
  private static final Pattern THE = Pattern.compile("(?i)\\bthe\\s+$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Optional<Token> next = TextAround.next(parsed, c);
      Matcher the = THE.matcher(parsed.text().substring(Math.max(0, c.start() - 10), c.start()));
      if (YEAR.matcher(c.text()).matches() && next.isPresent() && next.get().start() - c.end() == 1
          && next.get().word().toLowerCase(Locale.ROOT).matches("period|quarter") && the.find()) {
        int start = c.start() - (the.end() - the.start());
        int end = next.get().end();
        out.add(new TimexCandidate(start, end, parsed.text().substring(start, end), "DATE", c.text()));
      } else {
        out.add(c);
      }
    }
    return out;
  }

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher p = PHRASE.matcher(m.lower());
    if (!p.matches()) {
      return null;
    }
    int year = Integer.parseInt(p.group(1));
    if (n.yearToDate() && m.lower().endsWith("period")) {
      // "In the first nine months, ... compared with a loss in the 1988 period": the year named
      return Resolution.of("DATE", TimexValues.year(year));
    }
    YearQuarter reported = n.quarter() != null ? n.quarter()
        : m.lower().endsWith("quarter") && n.documentDate() != null ? ReportedQuarter.reported(n.documentDate()) : null;
    return Resolution.of("DATE", reported == null ? TimexValues.year(year) : new YearQuarter(year, reported.quarter()).value());
  }
}
