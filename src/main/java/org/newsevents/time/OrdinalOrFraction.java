package org.newsevents.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Token;
import org.newsevents.model.TimexCandidate;

/**
 * "a second" before a noun is the ordinal ("a second group", "a second A380", "a second betrayal"), and
 * "three-quarters" or "more than a quarter" before an of-phrase that names no time is a fraction ("three-
 * quarters of its food"): neither is a length of time, so neither is a timex.
 */
final class OrdinalOrFraction implements SpanRule {
  private static final Pattern SECOND = Pattern.compile("(?i)^an? second$");
  private static final Pattern FRACTION = Pattern.compile(
      "(?i)^(?:(?:about|almost|nearly|more than|less than|over|roughly) )?(?:a|one|two|three)[- ]quarters?$");
  private static final Pattern TIME_AFTER_OF = Pattern.compile("(?i)^\\s*of\\s+(?:(?:the|this|that|last|next|fiscal)\\s+)?(?:\\d{4}|year)\\b");

  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !ordinal(c, parsed) && !fraction(c, parsed)).toList();
  }

  private static boolean ordinal(TimexCandidate c, ParsedText parsed) {
    if (!SECOND.matcher(c.text()).matches()) {
      return false;
    }
    Optional<Token> next = TextAround.next(parsed, c);
    return next.isPresent() && next.get().start() - c.end() <= 1
        && (next.get().pos().startsWith("NN") || next.get().pos().startsWith("JJ") || next.get().pos().equals("CD"));
  }

  private static boolean fraction(TimexCandidate c, ParsedText parsed) {
    if (!FRACTION.matcher(c.text()).matches()) {
      return false;
    }
    String after = parsed.text().substring(c.end(), Math.min(parsed.text().length(), c.end() + 30));
    return after.toLowerCase(Locale.ROOT).matches("(?s)^\\s*of\\b.*") && !TIME_AFTER_OF.matcher(after).find();
  }
}
