package org.newsevents.clean.rules;

import java.util.List;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.LineShape;
import org.newsevents.clean.RuleBook;

/**
 * Keeps the short sentences that close a story ("Mr. Drabinsky couldn't be reached for comment.",
 * "Colombia had lost to Belgium on Monday."): too short to score as prose, they fall outside the
 * main text, whose stretch ends at its last long paragraph. Up to {@code closing.max-lines} lines
 * right after a stretch, each a whole sentence (a capital or a quote first, a sentence end last, and
 * a lower-case word), are kept, up to the first line that is not one; a shouted subheading before such
 * a sentence ("AUSTRALIA AHEAD") is stepped over and kept. A teaser's summary after the story sits
 * under its headline, which is neither, so the walk stops there. Removes nothing.
 */
public final class ClosingSentences implements BoilerplateRule {
  private final RuleBook book;

  public ClosingSentences(RuleBook book) {
    this.book = book;
  }

  @Override
  public void apply(ArticleLines lines) {
    List<MainText> stretches = MainText.stretches(lines, book);
    int maxLines = book.integer("closing.max-lines");
    for (MainText m : stretches) {
      int j = lines.next(m.last());
      for (int n = 0; n < maxLines && j >= 0 && lines.open(j); n++) {
        int after = lines.next(j);
        boolean subhead = subheading(lines.text(j), lines.shape(j)) && after >= 0 && lines.open(after)
            && sentence(lines.text(after), lines.shape(after));
        if (!subhead && !sentence(lines.text(j), lines.shape(j))) {
          break;
        }
        lines.protect(j);
        j = after;
      }
    }
  }

  /** A subheading the story shouts before its next sentences ("AUSTRALIA AHEAD"): short, all capitals. */
  private boolean subheading(String text, LineShape s) {
    return s.wordCount() > 0 && s.wordCount() <= book.integer("closing.max-subheading-words") && !s.endsSentence()
        && text.equals(text.toUpperCase(java.util.Locale.ROOT)) && !text.equals(text.toLowerCase(java.util.Locale.ROOT));
  }

  private boolean sentence(String text, LineShape s) {
    if (!s.endsSentence() || s.wordCount() < book.integer("closing.min-words")) {
      return false;
    }
    int c = text.codePointAt(0);
    boolean opens = Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«".indexOf(c) >= 0;
    boolean lower = false;
    for (String w : s.words()) {
      lower |= Character.isLowerCase(w.codePointAt(0));
    }
    return opens && lower;
  }
}
