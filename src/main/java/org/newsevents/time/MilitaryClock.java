package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Token;
import org.newsevents.model.TimexCandidate;

/**
 * "at about 10:35 a.m. (0735 GMT) Friday": four digits before a time zone are a clock time (07:35), which the
 * tagger reads as the year 735; the zone belongs to the timex, and UTC or GMT is TIMEX3's "Z".
 */
final class MilitaryClock implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Optional<Token> zone = c.text().matches("[0-2]\\d[0-5]\\d") ? TextAround.next(parsed, c) : Optional.empty();
      String word = zone.map(t -> t.word().toLowerCase(Locale.ROOT)).orElse("");
      int hour = zone.isPresent() ? Integer.parseInt(c.text().substring(0, 2)) : 99;
      if (hour > 23 || !TimeLexicon.TIME_ZONES.contains(word) || zone.get().start() != c.end() + 1) {
        out.add(c);
        continue;
      }
      String value = "T" + c.text().substring(0, 2) + ":" + c.text().substring(2) + (word.equals("gmt") || word.equals("utc") ? "Z" : "");
      int end = zone.get().end();
      out.add(new TimexCandidate(c.start(), end, parsed.text().substring(c.start(), end), "TIME", value));
    }
    return out;
  }
}
