package org.newsevents.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "41 years ago" names a year, "two months ago" a month: the value keeps only the unit's precision. "several
 * years ago" names no calendar unit at all: TimeML's PAST_REF, not the day the tagger counted back to.
 */
final class AgoGranularity implements ValueRule {
  private static final Pattern AGO = Pattern.compile("^(?:(?:about|almost|nearly|some|more than|over) )?(.+) ago$");
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d\\d)-(\\d\\d)");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    Matcher ago = AGO.matcher(m.lower());
    String value = m.candidate().value();
    if (!ago.matches() || value == null) {
      return null;
    }
    String duration = DurationText.value(ago.group(1));
    Matcher day = DAY.matcher(value);
    if (duration != null && duration.contains("X") && !duration.startsWith("PT") && day.find()) {
      return Resolution.of("DATE", "PAST_REF");
    }
    if (duration == null || duration.contains("X") || !day.find()) {
      return null;
    }
    java.time.LocalDate d = java.time.LocalDate.parse(day.group());
    return switch (duration.substring(duration.length() - 1)) {
      case "Y" -> Resolution.of("DATE", TimexValues.year(d.getYear()));
      case "M" -> duration.startsWith("PT") ? null : Resolution.of("DATE", TimexValues.month(java.time.YearMonth.from(d)));
      case "W" -> Resolution.of("DATE", TimexValues.week(d));
      default -> null;
    };
  }
}
