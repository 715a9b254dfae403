package org.newsevents.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Span;
import org.newsevents.model.Token;

/** The sentence and the tokens around a span, for the rules that look just outside a timex. */
final class TextAround {
  private TextAround() {}

  static Optional<Sentence> sentence(ParsedText parsed, Span span) {
    for (Sentence s : parsed.sentences()) {
      if (s.start() <= span.start() && span.start() < Math.max(s.end(), s.start() + 1)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The first token starting at or after the span's end, in the span's sentence. */
  static Optional<Token> next(ParsedText parsed, Span span) {
    return sentence(parsed, span).flatMap(s -> s.tokens().stream().filter(t -> t.start() >= span.end()).findFirst());
  }

  /** The last token ending at or before the span's start, in the span's sentence. */
  static Optional<Token> previous(ParsedText parsed, Span span) {
    Optional<Sentence> s = sentence(parsed, span);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Token found = null;
    for (Token t : s.get().tokens()) {
      if (t.end() <= span.start()) {
        found = t;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The tokens inside the span. */
  static List<Token> tokens(ParsedText parsed, Span span) {
    List<Token> out = new ArrayList<>();
    sentence(parsed, span).ifPresent(s -> s.tokens().stream()
        .filter(t -> t.start() >= span.start() && t.end() <= span.end()).forEach(out::add));
    return out;
  }
}
