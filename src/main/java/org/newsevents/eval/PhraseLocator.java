package org.newsevents.eval;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a phrase of a gold sentence in the source text when the gold gives text, not offsets.
 * Whitespace may differ (the gold copies a sentence that the source breaks or pads with no-break
 * spaces), so words are matched with any run of whitespace between them.
 */
public final class PhraseLocator {
  private PhraseLocator() {}

  /** The phrase's region inside the first occurrence of the sentence, or null when either is not found. */
  public static Region locate(String text, String sentence, String phrase) {
    Region s = find(text, sentence, 0, text.length());
    if (s == null) {
      return null;
    }
    return find(text, phrase, s.start(), s.end());
  }

  static Region find(String text, String phrase, int from, int to) {
    String[] words = phrase.strip().split("[\\s\\u00a0]+");
    if (words.length == 0 || words[0].isEmpty()) {
      return null;
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      regex.append(i == 0 ? "" : "[\\s\\u00a0]+").append(Pattern.quote(words[i]));
    }
    Matcher m = Pattern.compile(regex.toString()).matcher(text).region(from, to);
    // Prefer a whole-word occurrence: "said" should not land inside "unsaid".
    Region first = null;
    while (m.find()) {
      Region r = new Region(m.start(), m.end());
      if (wordBoundary(text, r.start() - 1) && wordBoundary(text, r.end())) {
        return r;
      }
      if (first == null) {
        first = r;
      }
    }
    return first;
  }

  private static boolean wordBoundary(String text, int i) {
    return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
  }
}
