package org.newsevents.time;

/** A value rule's answer: the TIMEX3 type and value, or an invalid date with no value. */
record Resolution(String type, String value, boolean invalid) {
  static Resolution of(String type, String value) {
    return new Resolution(type, value, false);
  }

  static Resolution invalidDate() {
    return new Resolution("DATE", null, true);
  }
}
