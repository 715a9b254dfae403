package org.newsevents.time;

import java.util.regex.Pattern;

/** A part of the day after a weekday or date ("Friday night"): TimeML appends its code to the day ("TNI"). */
final class PartOfDay {
  private static final Pattern SUFFIX = Pattern.compile("T(MO|AF|EV|NI)$");

  private PartOfDay() {}

  static boolean has(String value) {
    return value != null && SUFFIX.matcher(value).find();
  }

  static String strip(String value) {
    return value == null ? null : SUFFIX.matcher(value).replaceFirst("");
  }

  /** The value of a weekday with a part of the day: the day's value and the part's code ("2000-04-05TNI"). */
  static String withPart(String dayValue, String lower) {
    String[] words = lower.split(" ");
    String code = words.length == 2 ? TimeLexicon.PART_OF_DAY_CODES.get(words[1]) : null;
    return code == null ? dayValue : dayValue + "T" + code;
  }

  /** "friday night", "thursday morning". */
  static boolean weekdayWithPart(String lower) {
    String[] words = lower.split(" ");
    return words.length == 2 && CalendarText.weekday(words[0]) > 0 && TimeLexicon.PARTS_OF_DAY.contains(words[1]);
  }
}
