package org.newsevents.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Token;
import org.newsevents.model.TimexCandidate;

/**
 * "annual sales", "average daily share turnover", "to rise 8.5% annually", "10,000 units annually": a
 * frequency word that makes an amount a rate, before a noun of amount (models/time/measure-nouns.txt) or
 * after the amount itself, names no recurring event, and the TempEval-3 gold leaves it unmarked; "held here
 * annually", "the annual meeting" recur and stay.
 */
final class RateFrequency implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !rate(c, parsed)).toList();
  }

  private static boolean rate(TimexCandidate c, ParsedText parsed) {
    if (!TimeLexicon.FREQUENCY_WORDS.contains(c.text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    Optional<Token> next = TextAround.next(parsed, c);
    if (next.isPresent() && next.get().pos().startsWith("NN")) {
      if (measure(next.get())) {
        return true;
      }
      Optional<Token> after = TextAround.next(parsed, next.get());
      if (after.isPresent() && after.get().pos().startsWith("NN") && measure(after.get())) {
        // "daily share turnover": a noun between
        return true;
      }
      return false;
    }
    return amountBefore(parsed, c);
  }

  private static boolean measure(Token t) {
    return TimeLexicon.MEASURE_NOUNS.contains(t.word().toLowerCase(Locale.ROOT));
  }

  /** Whether the word just before is an amount or what it counts ("20%", "$17.9 million", "10,000 units"). */
  private static boolean amountBefore(ParsedText parsed, TimexCandidate c) {
    return TextAround.previous(parsed, c).filter(t -> t.pos().equals("CD") || t.pos().startsWith("NN")
        || t.word().equals("%")).isPresent();
  }
}
