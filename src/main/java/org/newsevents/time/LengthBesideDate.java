package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;
import org.newsevents.model.Token;

/**
 * "Eight trading days after Oct. 12": the tagger joins the unit of a length to the date it counts from
 * ("days after Oct. 12") and leaves its count out. They are two timexes: the length with its count and any
 * word between ("Eight trading days", P8D), and the date (valued afresh from its text).
 */
final class LengthBesideDate implements SpanRule {
  private static final Pattern SHAPE = Pattern.compile("(?i)^((?:second|minute|hour|day|week|month|year)s?) (?:after|before|since) (.+)$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher m = SHAPE.matcher(c.text());
      if (!m.matches() || CalendarText.month(m.group(2)) == 0 || CalendarText.day(m.group(2)) == 0) {
        out.add(c);
        continue;
      }
      int start = countStart(parsed, c);
      String length = parsed.text().substring(start, c.start() + m.end(1));
      String duration = DurationText.value(length.toLowerCase(Locale.ROOT).replaceFirst("^(\\S+) (?:\\S+ )?(\\S+)$", "$1 $2"));
      if (start == c.start() || duration == null) {
        out.add(c);
        continue;
      }
      out.add(new TimexCandidate(start, c.start() + m.end(1), length, "DURATION", duration));
      out.add(new TimexCandidate(c.start() + m.start(2), c.end(), m.group(2), "DATE", null));
    }
    return out;
  }

  /** Where the count before the unit starts: a number, then at most one word of kind ("trading", "business"). */
  private static int countStart(ParsedText parsed, TimexCandidate c) {
    List<Token> before = TextAround.sentence(parsed, c).map(s -> s.tokens().stream().filter(t -> t.end() <= c.start()).toList())
        .orElse(List.of());
    int n = before.size();
    if (n >= 1 && before.get(n - 1).pos().equals("CD")) {
      return before.get(n - 1).start();
    }
    if (n >= 2 && before.get(n - 2).pos().equals("CD") && before.get(n - 1).pos().startsWith("NN")) {
      return before.get(n - 2).start();
    }
    return c.start();
  }
}
