package org.newsevents.clean.rules;

import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.LineShape;
import org.newsevents.clean.RuleBook;

/**
 * Where the story sits: the stretch of lines with the best balance of prose over furniture. Each
 * prose line (long, rich in stop words) scores its length; each furniture line (marked, or a short
 * fragment, or a list of names) costs a penalty; the stretch is the best-scoring run of lines.
 */
public record MainText(int first, int last) {

  public boolean contains(int i) {
    return i >= first && i <= last;
  }

  /** The best-scoring stretch, or an empty one (first > last) when the page has no prose. */
  public static MainText of(ArticleLines lines, RuleBook book) {
    double best = 0;
    int bestFirst = 0;
    int bestLast = -1;
    double run = 0;
    int runFirst = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.line(i).blank()) {
        continue;
      }
      if (run <= 0) {
        run = 0;
        runFirst = i;
      }
      run += score(lines, i, book);
      if (run > best) {
        best = run;
        bestFirst = runFirst;
        bestLast = i;
      }
    }
    return new MainText(bestFirst, bestLast);
  }

  static double score(ArticleLines lines, int i, RuleBook book) {
    if (lines.marked(i)) {
      return -book.number("main-text.marked-penalty");
    }
    if (prose(lines, i, book)) {
      return lines.shape(i).chars();
    }
    if (furniture(lines, i, book)) {
      return -book.number("main-text.furniture-penalty");
    }
    return -book.number("main-text.other-penalty");
  }

  /** A line that reads like running text: long enough, with the stop words of prose. */
  public static boolean prose(ArticleLines lines, int i, RuleBook book) {
    LineShape s = lines.shape(i);
    return s.wordCount() >= book.integer("prose.min-words") && s.chars() >= book.integer("prose.min-chars")
        && s.stopWordDensity() >= book.number("prose.min-stop-density");
  }

  /** A line that reads like site furniture: a short fragment, or words without the glue of prose. */
  public static boolean furniture(ArticleLines lines, int i, RuleBook book) {
    LineShape s = lines.shape(i);
    if (s.wordCount() <= book.integer("furniture.max-words") && !s.endsSentence()) {
      return true;
    }
    return s.wordCount() >= 4 && s.stopWordDensity() < book.number("furniture.max-stop-density");
  }
}
