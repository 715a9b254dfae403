package org.newsevents.time;

import java.util.regex.Pattern;

/** A part of the day after a weekday or date ("Friday night"): TimeBank gives the day, without "TNI". */
final class PartOfDay {
  private static final Pattern SUFFIX = Pattern.compile("T(MO|AF|EV|NI)$");

  private PartOfDay() {}

  static boolean has(String value) {
    return value != null && SUFFIX.matcher(value).find();
  }

  static String strip(String value) {
    return value == null ? null : SUFFIX.matcher(value).replaceFirst("");
  }

  /** "friday night", "thursday morning". */
  static boolean weekdayWithPart(String lower) {
    String[] words = lower.split(" ");
    return words.length == 2 && CalendarText.weekday(words[0]) > 0 && TimeLexicon.PARTS_OF_DAY.contains(words[1]);
  }
}
