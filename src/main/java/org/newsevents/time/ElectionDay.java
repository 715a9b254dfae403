package org.newsevents.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "a major theme of our campaign from now to Election Day": the U.S. Election Day, the Tuesday after the
 * first Monday of November, which the tagger does not know; its year follows the tense, as for a partial
 * date (PartialDateByTense).
 */
final class ElectionDay implements SpanRule, ValueRule {
  private static final Pattern NAME = Pattern.compile("\\bElection Day\\b");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>(candidates);
    Matcher m = NAME.matcher(parsed.text());
    while (m.find()) {
      // a tagged word inside the name ("Day" as a length) gives way to it
      AddedSpan.add(out, new TimexCandidate(m.start(), m.end(), m.group(), "DATE", null));
    }
    out.sort(java.util.Comparator.comparingInt(TimexCandidate::start));
    return out;
  }

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    if (!m.lower().equals("election day")) {
      return null;
    }
    if (n.documentDate() == null) {
      return Resolution.of("DATE", "XXXX-11-XX");
    }
    int year = PartialDateByTense.year(n.documentDate(), 11, electionDay(n.documentDate().getYear()).getDayOfMonth(), m.tense());
    return Resolution.of("DATE", TimexValues.day(electionDay(year)));
  }

  /** The Tuesday after the first Monday of November. */
  static LocalDate electionDay(int year) {
    return LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)).plusDays(1);
  }
}
