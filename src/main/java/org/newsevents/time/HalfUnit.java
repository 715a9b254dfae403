package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "2 1/2 years", "two and a half years", "a minute and a half": the tagger tags the unit (or the whole
 * count) alone and drops the half. The span takes the count and the half in, and the length is written
 * with the half in the next smaller unit, as TimeML writes it (P2Y6M, PT1M30S, PT5H30M).
 */
final class HalfUnit implements SpanRule {
  private static final Pattern HALF_BEFORE = Pattern.compile("(?i)\\b(\\d+|[a-z]+)(?:\\s+1/2|\\s+and\\s+a\\s+half)\\s+$");
  private static final Pattern BARE_UNIT = Pattern.compile("(?i)^([a-z]+?)s?$");
  private static final Pattern COUNT_UNIT = Pattern.compile("(?i)^(?:an?|\\d+|[a-z]+)\\s+([a-z]+?)s?$");
  private static final Pattern HALF_AFTER = Pattern.compile("(?i)^\\s+and\\s+a\\s+half\\b");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>();
    String text = parsed.text();
    for (TimexCandidate c : candidates) {
      out.add(extended(c, text));
    }
    return out;
  }

  private static TimexCandidate extended(TimexCandidate c, String text) {
    if (!"DURATION".equals(c.type())) {
      return c;
    }
    Matcher bare = BARE_UNIT.matcher(c.text());
    Matcher before = HALF_BEFORE.matcher(text.substring(Math.max(0, c.start() - 30), c.start()));
    if (bare.matches() && before.find()) {
      String value = value(before.group(1), bare.group(1));
      if (value != null) {
        int start = c.start() - (before.end() - before.start());
        return new TimexCandidate(start, c.end(), text.substring(start, c.end()), "DURATION", value);
      }
    }
    Matcher counted = COUNT_UNIT.matcher(c.text());
    Matcher after = HALF_AFTER.matcher(text.substring(c.end(), Math.min(text.length(), c.end() + 20)));
    if (counted.matches() && after.find()) {
      String count = c.text().split("\\s+")[0];
      String value = value(count, counted.group(1));
      if (value != null) {
        int end = c.end() + after.end();
        return new TimexCandidate(c.start(), end, text.substring(c.start(), end), "DURATION", value);
      }
    }
    return c;
  }

  /** The length of count and a half units, or null when the count or unit is not one this can write. */
  static String value(String countWord, String unitWord) {
    String w = countWord.toLowerCase(Locale.ROOT);
    String count = w.matches("\\d+") ? w : TimeLexicon.NUMBERS.get(w);
    String unit = TimeLexicon.UNITS.get(unitWord.toLowerCase(Locale.ROOT));
    if (count == null || unit == null) {
      return null;
    }
    int n = Integer.parseInt(count);
    return switch (unit) {
      case "Y" -> "P" + n + "Y6M";
      case "D" -> "P" + n + "DT12H";
      case "TH" -> "PT" + n + "H30M";
      case "TM" -> "PT" + n + "M30S";
      default -> null;
    };
  }
}
