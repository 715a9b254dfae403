package org.newsevents.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.TimexCandidate;

/**
 * "its decades-long trademark dispute", "a day-long strike", "a several-year tenure": a length made into
 * one hyphenated adjective, which the tagger does not read. TimeML marks it a DURATION: the unit once
 * ("day-long", P1D), or an unknown count of it ("decades-long", "several-year"), decades and centuries in
 * years as TimeBank's gold writes them (PXY). Ages ("52-year-old") stay unmarked (AgeAdjective).
 */
final class LengthAdjective implements SpanRule {
  private static final Pattern LONG = Pattern.compile(
      "(?i)\\b(?:(several|a few|many)-)?(second|minute|hour|day|week|month|year|decade|centur(?:y|ie))(s?)-long\\b");
  private static final Pattern SEVERAL = Pattern.compile("(?i)\\b(several|a few|many)-(second|minute|hour|day|week|month|year|decade)\\b(?!-)");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    List<TimexCandidate> out = new ArrayList<>(candidates);
    String text = parsed.text();
    Matcher l = LONG.matcher(text);
    while (l.find()) {
      boolean vague = l.group(1) != null || !l.group(3).isEmpty();
      AddedSpan.add(out, new TimexCandidate(l.start(), l.end(), l.group(), "DURATION", value(l.group(2), vague)));
    }
    Matcher s = SEVERAL.matcher(text);
    while (s.find()) {
      AddedSpan.add(out, new TimexCandidate(s.start(), s.end(), s.group(), "DURATION", value(s.group(2), true)));
    }
    out.sort(Comparator.comparingInt(TimexCandidate::start));
    return out;
  }

  private static String value(String unitWord, boolean vague) {
    String word = unitWord.toLowerCase(Locale.ROOT);
    String unit = TimeLexicon.UNITS.get(word.startsWith("centur") ? "century" : word);
    String count = vague ? "X" : "1";
    return switch (unit) {
      case "DE" -> vague ? "PXY" : "P10Y";
      case "CE" -> vague ? "PXY" : "P100Y";
      default -> unit.startsWith("T") ? "PT" + count + unit.substring(1) : "P" + count + unit;
    };
  }
}
