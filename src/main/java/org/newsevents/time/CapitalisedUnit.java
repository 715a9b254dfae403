package org.newsevents.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.TimexCandidate;
import org.newsevents.model.Token;

/**
 * A calendar word capitalised inside a sentence ("Sandra Day O'Connor", ABC's "This Week", "60 Minutes",
 * "VOA Today") is part of a name or title, not a time: the candidate holding it is dropped. The first word
 * of a sentence ("Today, ...", after any opening quote) and holidays the tagger dated ("Thanksgiving Day")
 * are not touched (the list is models/time/name-units.txt).
 */
final class CapitalisedUnit implements SpanRule {
  @Override
  public List<TimexCandidate> apply(List<TimexCandidate> candidates, ParsedText parsed) {
    return candidates.stream().filter(c -> !named(c, parsed)).toList();
  }

  private static boolean named(TimexCandidate c, ParsedText parsed) {
    Optional<Sentence> s = TextAround.sentence(parsed, c);
    if (s.isEmpty()) {
      return false;
    }
    Token first = s.get().tokens().stream().filter(t -> t.word().chars().anyMatch(Character::isLetterOrDigit))
        .findFirst().orElse(null);
    for (Token t : TextAround.tokens(parsed, c)) {
      String w = t.word();
      if (w.equalsIgnoreCase("day") && "DATE".equals(c.type())) {
        continue; // a holiday the tagger dated: "Thanksgiving Day", "Election Day"
      }
      if (first != null && t.start() != first.start() && Character.isUpperCase(w.charAt(0))
          && !w.equals(w.toUpperCase(Locale.ROOT)) && TimeLexicon.NAME_UNITS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
