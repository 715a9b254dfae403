package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * The tagger runs a date on into what follows it: "November 11, three days later", "Nov. 3, the day
 * before", "Tuesday the first generation", or starts early: "the day Friday". The date alone is the
 * timex, valued afresh from its text.
 */
final class OverreachingSpan implements SpanRule {
  private static final Pattern WEEKDAY_THE = Pattern.compile("^([A-Z][a-z]+day) the [a-z]+$");
  private static final Pattern THE_DAY_WEEKDAY = Pattern.compile("^(?:the|that) day ([A-Z][a-z]+day)$");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    for (TimexCandidate c : candidates) {
      Matcher late = THE_DAY_WEEKDAY.matcher(c.text());
      if (late.matches() && CalendarText.weekday(late.group(1)) > 0) {
        out.add(new TimexCandidate(c.start() + late.start(1), c.end(), late.group(1), "DATE", null));
        continue;
      }
      String head = head(c.text());
      out.add(head == null ? c : new TimexCandidate(c.start(), c.start() + head.length(), head, "DATE", null));
    }
    return out;
  }

  private static String head(String text) {
    Matcher w = WEEKDAY_THE.matcher(text);
    if (w.matches() && CalendarText.weekday(w.group(1)) > 0) {
      return w.group(1);
    }
    int comma = text.indexOf(',');
    if (comma <= 0) {
      return null;
    }
    String before = text.substring(0, comma).stripTrailing();
    String after = text.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
    int space = after.lastIndexOf(' ');
    boolean offset = space > 0 && TimeLexicon.TRAILING_SIGNALS.contains(after.substring(space + 1));
    boolean dated = CalendarText.month(before) > 0 && CalendarText.day(before) > 0;
    return offset && dated ? before : null;
  }
}
