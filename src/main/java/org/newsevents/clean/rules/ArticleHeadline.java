package org.newsevents.clean.rules;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.LineShape;
import org.newsevents.clean.RuleBook;

/**
 * Keeps the article's own headline: the headline-shaped line before the main text that best
 * matches the title (from metadata, else the first line), or failing that the nearest one.
 */
public final class ArticleHeadline extends MainTextRule {

  public ArticleHeadline(RuleBook book) {
    super(book);
  }

  @Override
  void apply(ArticleLines lines, MainText main) {
    String title = lines.article().title();
    if (title == null || title.isBlank()) {
      int first = lines.next(-1);
      title = first >= 0 ? lines.text(first) : "";
    }
    Set<String> titleWords = lowerWords(LineShape.of(title, Set.of()));
    int window = book.integer("headline.window");
    int nearest = -1;
    int best = -1;
    double bestOverlap = book.number("headline.min-title-overlap");
    int j = lines.previous(main.first());
    for (int step = 0; step < window && j >= 0; step++, j = lines.previous(j)) {
      if (!lines.open(j) || !headlineShaped(lines.shape(j))) {
        continue;
      }
      if (nearest < 0 && step < book.integer("headline.nearest-window")) {
        nearest = j;
      }
      double overlap = overlap(lowerWords(lines.shape(j)), titleWords);
      if (overlap >= bestOverlap) {
        bestOverlap = overlap;
        best = j;
      }
    }
    int chosen = best >= 0 ? best : nearest;
    if (chosen >= 0) {
      lines.protect(chosen);
    }
  }

  private boolean headlineShaped(LineShape s) {
    return s.wordCount() >= book.integer("headline.min-words") && s.wordCount() <= book.integer("headline.max-words");
  }

  private static Set<String> lowerWords(LineShape s) {
    Set<String> out = new HashSet<>();
    for (String w : s.words()) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static double overlap(Set<String> line, Set<String> title) {
    if (line.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String w : line) {
      if (title.contains(w)) {
        n++;
      }
    }
    return (double) n / line.size();
  }
}
