package org.newsevents.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The surface of one line that the rules read: its words, how many are stop words (the jusText
 * signal), how many are capitalised, and whether it ends like a sentence.
 */
public record LineShape(List<String> words, int stopWords, int capitalised, int chars, boolean endsSentence) {
  // Han, kana and hangul are written without spaces: each character counts as a word there.
  private static final Pattern WORD = Pattern.compile(
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{N}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]"
          + "[\\p{L}\\p{N}'’.\\-&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]]*");
  private static final Pattern WIDE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…。！？][\"'”’)\\]」』]*$");

  public static LineShape of(String text, Set<String> stopWordList) {
    List<String> words = new ArrayList<>();
    int stop = 0;
    int caps = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      while (w.endsWith(".") || w.endsWith("-")) {
        w = w.substring(0, w.length() - 1);
      }
      if (w.isEmpty()) {
        continue;
      }
      words.add(w);
      if (stopWordList.contains(w.toLowerCase(Locale.ROOT))) {
        stop++;
      }
      if (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))) {
        caps++;
      }
    }
    // A wide character carries about as much as three narrow ones (a short word and its space).
    int wide = (int) WIDE.matcher(text).results().count();
    return new LineShape(List.copyOf(words), stop, caps, text.length() + 2 * wide, SENTENCE_END.matcher(text).matches());
  }

  public int wordCount() {
    return words.size();
  }

  /** Share of the words that are stop words: high in running prose, low in menus and name lists. */
  public double stopWordDensity() {
    return words.isEmpty() ? 0 : (double) stopWords / words.size();
  }

  /** Share of the words that are not stop words and start with a capital: high in headlines. */
  public double titleCaseShare() {
    int content = words.size() - stopWords;
    return content <= 0 ? 0 : Math.min(1.0, (double) capitalised / content);
  }
}
