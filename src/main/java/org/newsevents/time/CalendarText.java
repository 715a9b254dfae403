package org.newsevents.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads calendar words in a timex's text: the month, the day of the month, the weekday, a year. */
final class CalendarText {
  private static final String MONTHS = "(january|february|march|april|may|june|july|august|september|october|november|december"
      + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  private static final Pattern MONTH = Pattern.compile("\\b" + MONTHS + "\\b\\.?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "\\b" + MONTHS + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b|'\\d\\d\\b|\\b\\d{4}s\\b");
  private static final String UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine";
  private static final String TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
  private static final String TEENS_WORDS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
  private static final Pattern SPELLED_YEAR = Pattern.compile("(?i)\\b(nineteen|twenty)\\s+(?:(" + TEENS_WORDS + ")|(" + TENS_WORDS
      + ")(?:[- ](" + UNIT_WORDS + "))?|oh[- ](" + UNIT_WORDS + "))\\b");
  private static final Pattern WEEKDAY = Pattern.compile(
      "\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE = Pattern.compile(
      "\\b(next|last|this|that|coming|past|previous|ago|following|yesterday|today|tomorrow|tonight|earlier|later|same|every|each)\\b",
      Pattern.CASE_INSENSITIVE);

  private CalendarText() {}

  /** The month named, 1-12, or 0. "May" counts only capitalised: lower-case "may" is the verb. */
  static int month(String text) {
    Matcher m = MONTH.matcher(text);
    while (m.find()) {
      if (m.group(1).equals("may")) {
        continue;
      }
      return monthNumber(m.group(1));
    }
    return 0;
  }

  /** The day of the month written next to a month name, or 0. */
  static int day(String text) {
    Matcher m = MONTH_DAY.matcher(text);
    if (m.find()) {
      return Integer.parseInt(m.group(2));
    }
    Matcher d = DAY_MONTH.matcher(text);
    return d.find() ? Integer.parseInt(d.group(1)) : 0;
  }

  static boolean hasYear(String text) {
    return YEAR.matcher(text).find() || spelledYear(text) > 0;
  }

  /** A year written in words the way it is said ("nineteen ninety-seven", "nineteen oh five"), or 0. */
  static int spelledYear(String text) {
    Matcher m = SPELLED_YEAR.matcher(text);
    if (!m.find()) {
      return 0;
    }
    int century = m.group(1).equalsIgnoreCase("nineteen") ? 1900 : 2000;
    if (m.group(2) != null) {
      return century + wordValue(m.group(2));
    }
    if (m.group(3) != null) {
      return century + wordValue(m.group(3)) + (m.group(4) == null ? 0 : wordValue(m.group(4)));
    }
    return century + wordValue(m.group(5));
  }

  private static int wordValue(String word) {
    String v = TimeLexicon.NUMBERS.get(word.toLowerCase(Locale.ROOT));
    return v == null ? 0 : Integer.parseInt(v);
  }

  /** The weekday named, 1 (Monday) to 7, or 0. */
  static int weekday(String text) {
    Matcher m = WEEKDAY.matcher(text);
    if (!m.find()) {
      return 0;
    }
    return switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "monday" -> 1;
      case "tuesday" -> 2;
      case "wednesday" -> 3;
      case "thursday" -> 4;
      case "friday" -> 5;
      case "saturday" -> 6;
      default -> 7;
    };
  }

  /** Whether the text carries a word that anchors it relatively ("next", "last", "ago", ...). */
  static boolean relative(String text) {
    return RELATIVE.matcher(text).find();
  }

  private static int monthNumber(String name) {
    String p = name.toLowerCase(Locale.ROOT).substring(0, 3);
    return switch (p) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      default -> 12;
    };
  }
}
