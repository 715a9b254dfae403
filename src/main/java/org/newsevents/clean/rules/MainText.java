package org.newsevents.clean.rules;

import java.util.ArrayList;
import java.util.List;
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
    List<MainText> all = stretches(lines, book);
    return all.isEmpty() ? new MainText(0, -1) : all.get(0);
  }

  /**
   * Every stretch worth keeping, best first: the best-scoring run between two points where the
   * running score falls to zero, when it reaches {@code main-text.min-share} of the best one.
   */
  public static List<MainText> stretches(ArticleLines lines, RuleBook book) {
    List<double[]> found = new ArrayList<>();
    double run = 0;
    double best = 0;
    int runFirst = -1;
    int bestFirst = -1;
    int bestLast = -1;
    int gap = 0;
    int maxGap = book.integer("main-text.max-gap");
    for (int i = 0; i < lines.size(); i++) {
      if (lines.line(i).blank()) {
        continue;
      }
      boolean prose = !lines.marked(i) && prose(lines, i, book);
      // Only furniture and marked lines end a stretch by their number: a list of sentence fragments
      // (a story's bullet points, tour dates) costs its penalty but does not cut the story in two.
      gap = prose ? 0 : (lines.marked(i) || furniture(lines, i, book)) ? gap + 1 : gap;
      if (gap >= maxGap) {
        run = 0;
      }
      if (run <= 0) {
        if (best > 0) {
          found.add(new double[] {best, bestFirst, bestLast});
        }
        run = 0;
        best = 0;
        runFirst = i;
      }
      run += score(lines, i, book);
      if (run > best) {
        best = run;
        bestFirst = runFirst;
        bestLast = i;
      }
    }
    if (best > 0) {
      found.add(new double[] {best, bestFirst, bestLast});
    }
    found.sort((a, b) -> Double.compare(b[0], a[0]));
    List<MainText> out = new ArrayList<>();
    for (double[] f : found) {
      MainText m = new MainText((int) f[1], (int) f[2]);
      if (out.isEmpty() || (f[0] >= book.number("main-text.min-share") * found.get(0)[0]
          && f[0] >= book.number("main-text.min-score") && near(lines, m, out, book.integer("main-text.max-stretch-gap")))) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Whether another stretch lies within {@code maxGap} non-blank lines of one already kept: a story
   * cut by a gallery or an ad resumes soon after; prose far from the story is something else on the
   * page (terms of use, comment rules, another article).
   */
  private static boolean near(ArticleLines lines, MainText m, List<MainText> kept, int maxGap) {
    for (MainText k : kept) {
      int from = Math.min(k.last(), m.last());
      int to = Math.max(k.first(), m.first());
      int gap = 0;
      for (int i = from + 1; i < to && gap <= maxGap; i++) {
        gap += lines.line(i).blank() ? 0 : 1;
      }
      if (gap <= maxGap) {
        return true;
      }
    }
    return false;
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
        && s.stopWordDensity() >= book.number("prose.min-stop-density")
        && (s.endsSentence() || s.chars() >= book.integer("prose.unended-min-chars"));
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
