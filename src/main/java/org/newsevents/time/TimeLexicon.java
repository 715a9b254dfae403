package org.newsevents.time;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsevents.lexicon.ModelFiles;

/** The time stage's word lists and tables, read once from {@code models/time/}. */
final class TimeLexicon {
  static final Set<String> FUTURE_CUES = set("time/future-cues.txt");
  static final Set<String> FUTURE_AUXILIARIES = set("time/future-auxiliaries.txt");
  static final Set<String> NOT_TIMEXES = set("time/not-timexes.txt");
  static final Set<String> FREQUENCY_WORDS = set("time/frequency-words.txt");
  static final Set<String> PUBLICATION_NOUNS = set("time/publication-nouns.txt");
  static final Set<String> BANNER_WORDS = set("time/banner-words.txt");
  static final Set<String> TRAILING_SIGNALS = set("time/trailing-signals.txt");
  static final Set<String> PRIOR_SIGNALS = set("time/prior-signals.txt");
  static final Set<String> VAGUE_QUANTITIES = set("time/vague-quantities.txt");
  static final Set<String> PLAN_VERBS = set("time/plan-verbs.txt");
  static final Set<String> MODAL_AUXILIARIES = set("time/modal-auxiliaries.txt");
  static final Set<String> COUNTING_ADJECTIVES = set("time/counting-adjectives.txt");
  static final Set<String> TIME_ZONES = set("time/time-zones.txt");
  static final Set<String> MEASURE_NOUNS = set("time/measure-nouns.txt");
  static final Set<String> NEGATIONS = set("time/negations.txt");
  static final Set<String> FORWARD_SIGNALS = set("time/forward-signals.txt");
  static final Set<String> REPORTED_QUARTERS = set("time/reported-quarters.txt");
  static final Set<String> YEAR_EARLIER_PHRASES = set("time/year-earlier-phrases.txt");
  static final Set<String> PERIOD_END_WORDS = set("time/period-end-words.txt");
  static final Set<String> FUNCTION_WORDS = set("time/function-words.txt");
  static final Set<String> FLOATING_HOLIDAYS = set("time/floating-holidays.txt");
  static final Map<String, String> PART_OF_DAY_CODES = ModelFiles.table("time/parts-of-day.txt");
  static final Set<String> PARTS_OF_DAY = PART_OF_DAY_CODES.keySet();
  static final Map<String, String> LEADING_QUALIFIERS = ModelFiles.table("time/leading-qualifiers.txt");
  static final Set<String> NAME_UNITS = set("time/name-units.txt");
  static final Set<String> RELATIVE_HEADS = set("time/relative-heads.txt");
  static final Map<String, String> NUMBERS = ModelFiles.table("time/numbers.tsv");
  static final Map<String, String> UNITS = ModelFiles.table("time/units.tsv");
  static final Map<String, String> ANAPHORIC = ModelFiles.table("time/anaphoric-dates.tsv");

  private static final Map<String, String> THRESHOLDS = ModelFiles.table("time/thresholds.tsv");

  private TimeLexicon() {}

  static long threshold(String name) {
    String v = THRESHOLDS.get(name);
    if (v == null) {
      throw new IllegalStateException("models/time/thresholds.tsv has no " + name);
    }
    return Long.parseLong(v);
  }

  private static Set<String> set(String path) {
    return ModelFiles.lines(path).stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
