package org.newsevents.clean.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.RuleBook;

/**
 * A plea for money: a line matching a donation phrase, a line dense in appeal language
 * ({@code appeal-cues.txt}), or a line with one appeal cue that touches an appeal already found.
 */
public final class DonationAppeal extends PhraseRule {
  public static final String REASON = "donation-appeal";
  private final List<Pattern> cues;
  private final int minCues;
  private final int maxChars;

  public DonationAppeal(RuleBook book) {
    super(REASON, book);
    this.cues = book.patterns("appeal-cues");
    this.minCues = book.integer("donation-appeal.min-cues");
    this.maxChars = book.integer("donation-appeal.cue-line.max-chars");
  }

  @Override
  public void apply(ArticleLines lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.open(i) && (matches(lines.text(i)) || cueCount(lines.text(i)) >= minCues)) {
        lines.mark(i, REASON);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.open(i) && touchesAppeal(lines, i) && cueCount(lines.text(i)) >= 1) {
          lines.mark(i, REASON);
          changed = true;
        }
      }
    }
  }

  /** Whether the line directly above or below (no blank line between) is an appeal. */
  private static boolean touchesAppeal(ArticleLines lines, int i) {
    return (i > 0 && REASON.equals(lines.reason(i - 1))) || (i + 1 < lines.size() && REASON.equals(lines.reason(i + 1)));
  }

  int cueCount(String text) {
    if (text.length() > maxChars) {
      return 0;
    }
    int n = 0;
    for (Pattern p : cues) {
      if (p.matcher(text).find()) {
        n++;
      }
    }
    return n;
  }
}
