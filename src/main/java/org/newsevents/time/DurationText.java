package org.newsevents.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TIMEX3 value of a length of time written out ("two weeks" P2W, "several weeks" PXW, "90 days" P90D);
 * "two more weeks" is still two weeks, and a range ("two to three weeks") has the unknown count (PXW).
 */
final class DurationText {
  private static final Pattern SHAPE = Pattern.compile("^(?:the\\s+)?(.+?)\\s+([a-z]+?)s?$");

  private DurationText() {}

  /** The value, or null when the text is not a quantity followed by a calendar unit. */
  static String value(String text) {
    Matcher m = SHAPE.matcher(text.toLowerCase(Locale.ROOT).strip().replace('-', ' '));
    if (!m.matches()) {
      return null;
    }
    String unit = TimeLexicon.UNITS.get(m.group(2));
    String count = count(m.group(1));
    if (unit == null || count == null) {
      return null;
    }
    if (unit.startsWith("T")) {
      return "PT" + count + unit.substring(1);
    }
    if (unit.equals("DE")) {
      return count.equals("X") ? "PXDE" : "P" + Integer.parseInt(count) * 10 + "Y";
    }
    if (unit.equals("CE")) {
      return count.equals("X") ? "PXCE" : "P" + Integer.parseInt(count) * 100 + "Y";
    }
    return "P" + count + unit;
  }

  private static String count(String quantity) {
    String q = quantity.strip().replaceFirst(" more$", "");
    if (TimeLexicon.VAGUE_QUANTITIES.contains(q)) {
      return "X";
    }
    if (q.matches("\\d+")) {
      return q;
    }
    String[] range = q.split("\\s+(?:to|or)\\s+|\\s*-\\s*");
    if (range.length == 2 && count(range[0]) != null && count(range[1]) != null) {
      // "two to three weeks", "12 to 18 months": TIMEX3 holds one length, so the count is unknown
      return "X";
    }
    return TimeLexicon.NUMBERS.get(q);
  }
}
