package org.newsevents.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.model.TimexCandidate;

/**
 * A candidate with what the value rules read around it.
 *
 * @param lower  its text, lower-cased, spaces collapsed
 * @param tense  the tense of its governing verb
 * @param quoted whether it stands inside a direct quotation
 * @param before the word just before it, as written, or ""
 * @param after  the word just after it, lower-cased, or ""
 * @param possessive whether "'s" follows it ("Wednesday's ruling")
 * @param following the text just after it (up to 40 characters), lower-cased
 * @param beforeTag the part-of-speech tag of the token just before it in its sentence, or ""
 */
record TimexMention(TimexCandidate candidate, String lower, Tense tense, boolean quoted, String before, String after,
                    boolean possessive, String following, String beforeTag) {
  private static final Pattern LAST_WORD = Pattern.compile("([A-Za-z]+)\\s+$");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s+([A-Za-z]+)");

  static TimexMention of(TimexCandidate c, Tense tense, String text, String beforeTag) {
    return new TimexMention(c, c.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip(), tense,
        insideQuote(text, c.start()), wordBefore(text, c.start()), wordAfter(text, c.end()), possessive(text, c.end()),
        text.substring(c.end(), Math.min(text.length(), c.end() + 40)).toLowerCase(Locale.ROOT), beforeTag);
  }

  private static boolean possessive(String text, int at) {
    return text.startsWith("'s", at) || text.startsWith("\u2019s", at);
  }

  private static String wordAfter(String text, int at) {
    Matcher m = FIRST_WORD.matcher(text.substring(at, Math.min(text.length(), at + 30)));
    return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
  }

  private static String wordBefore(String text, int at) {
    Matcher m = LAST_WORD.matcher(text.substring(Math.max(0, at - 30), at));
    return m.find() ? m.group(1) : "";
  }

  /** Odd quotation marks between the start of the paragraph and the span: the span is quoted. */
  private static boolean insideQuote(String text, int at) {
    int line = text.lastIndexOf('\n', at - 1) + 1;
    int straight = 0;
    int open = 0;
    for (int i = line; i < at; i++) {
      char ch = text.charAt(i);
      if (ch == '"') {
        straight++;
      } else if (ch == '\u201C') {
        open++;
      } else if (ch == '\u201D') {
        open--;
      }
    }
    return straight % 2 == 1 || open > 0;
  }
}
