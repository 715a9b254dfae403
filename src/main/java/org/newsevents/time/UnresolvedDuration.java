package org.newsevents.time;

import java.util.regex.Pattern;

/**
 * "the first nine months", "more than four hours", "the next several days": a length of time the tagger
 * left without a value, or gave an interval ("1998-01-11/1998-01-12") that TIMEX3 cannot hold. TimeML
 * values the length itself (P9M, PT4H, PXD); the words that bound or place it go to other attributes. A
 * length the tagger left vague though its count is written ("at least two more weeks", PXW) gets the count.
 */
final class UnresolvedDuration implements ValueRule {
  private static final Pattern QUALIFIERS = Pattern.compile(
      "^(?:the |a |an )?(?:(?:first|next|past|last|previous|coming|final|more than|less than|at least|at most|about|nearly|almost|over|some|roughly|approximately|up to) )*");

  private static final Pattern VAGUE = Pattern.compile("^PT?X[A-Z]+$");

  @Override
  public Resolution resolve(TimexMention m, Narrative n) {
    String value = m.candidate().value();
    boolean vague = value != null && VAGUE.matcher(value).matches();
    if (value != null && !value.contains("/") && !vague) {
      return null;
    }
    String length = QUALIFIERS.matcher(m.lower().replaceFirst(" of .*$", "")).replaceFirst("");
    String duration = DurationText.value(length);
    if (duration == null || vague && (duration.contains("X") || !"DURATION".equals(m.candidate().type()))) {
      return null;
    }
    return Resolution.of("DURATION", duration);
  }
}
