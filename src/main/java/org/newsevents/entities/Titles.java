package org.newsevents.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Token;

/**
 * Titles before a person's name ({@code models/entities/titles.tab}, also CoreNLP's TITLE mapping):
 * outside the span, kept as the entity's title.
 */
final class Titles {
  private static final Set<String> WORDS = load();
  private static final int LONGEST = 3;

  private Titles() {}

  /** How many tokens from {@code from} on form a title (0 when none). */
  static int leading(List<Token> tokens, int from, int to) {
    for (int n = Math.min(LONGEST, to - from - 1); n >= 1; n--) {
      if (isTitle(tokens.subList(from, from + n))) {
        return n;
      }
    }
    return 0;
  }

  /** How many tokens just before {@code at} form a title (0 when none). */
  static int before(List<Token> tokens, int at) {
    int n = 0;
    while (at - n - 1 >= 0 && tokens.get(at - n - 1).fineNer().equals("TITLE")) {
      n++;
    }
    if (n > 0) {
      return n;
    }
    for (int k = Math.min(LONGEST, at); k >= 1; k--) {
      if (isTitle(tokens.subList(at - k, at))) {
        return k;
      }
    }
    return 0;
  }

  /** The patterns of the regexner mapping that CoreNLP's ner also reads, unescaped. */
  private static Set<String> load() {
    return ModelFiles.lines("entities/titles.tab").stream()
        .map(line -> line.split("\t")[0].replace("\\", "").toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static boolean isTitle(List<Token> words) {
    StringBuilder phrase = new StringBuilder();
    for (Token t : words) {
      if (!phrase.isEmpty()) {
        phrase.append(' ');
      }
      phrase.append(t.word().toLowerCase(Locale.ROOT));
    }
    return WORDS.contains(phrase.toString());
  }
}
