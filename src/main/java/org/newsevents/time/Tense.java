package org.newsevents.time;

/** Where the governing verb places its event relative to the time of writing. */
public enum Tense {
  PAST, PRESENT, FUTURE, UNKNOWN
}
