package org.newsevents.clean.rules;

import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * Keeps a table of figures that the flattening laid out one cell a line (standings, share prices):
 * a long run of short lines of which many are bare numbers and many are not, next to the story's
 * prose or under a lead-in ending in a colon. Cell by cell it looks like the emptiest of menus, and repeated values ("1", "15") look like
 * repeats. A pager is all numbers, a menu has none, so neither is taken for a table. Protects and
 * removes nothing, so has no reason.
 */
public final class NumberTable implements BoilerplateRule {
  private static final Pattern NUMBER = Pattern.compile("[-+−]?[$€£]?\\d[\\d.,:]*%?");
  private final RuleBook book;

  public NumberTable(RuleBook book) {
    this.book = book;
  }

  @Override
  public void apply(ArticleLines lines) {
    int maxWords = book.integer("number-table.max-cell-words");
    int i = lines.next(-1);
    while (i >= 0) {
      if (lines.shape(i).wordCount() > maxWords) {
        i = lines.next(i);
        continue;
      }
      int first = i;
      int last = i;
      int cells = 0;
      int numbers = 0;
      for (int j = i; j >= 0 && lines.shape(j).wordCount() <= maxWords; j = lines.next(j)) {
        last = j;
        cells++;
        numbers += NUMBER.matcher(lines.text(j)).matches() ? 1 : 0;
      }
      if (table(cells, numbers) && nearProse(lines, first, last)) {
        for (int k = first; k >= 0 && k <= last; k = lines.next(k)) {
          lines.protect(k);
        }
      }
      i = lines.next(last);
    }
  }

  private boolean table(int cells, int numbers) {
    return cells >= book.integer("number-table.min-cells")
        && numbers >= book.number("number-table.min-number-share") * cells
        && cells - numbers >= book.number("number-table.min-text-share") * cells;
  }

  /** Unmarked prose within a few lines before or after the run, or a lead-in ending in a colon right before it. */
  private boolean nearProse(ArticleLines lines, int first, int last) {
    int before = lines.previous(first);
    if (before >= 0 && lines.text(before).endsWith(":")) {
      return true;
    }
    int reach = book.integer("number-table.prose-reach");
    int a = first;
    int b = last;
    for (int step = 0; step < reach; step++) {
      a = a < 0 ? -1 : lines.previous(a);
      b = b < 0 ? -1 : lines.next(b);
      if ((a >= 0 && !lines.marked(a) && MainText.prose(lines, a, book))
          || (b >= 0 && !lines.marked(b) && MainText.prose(lines, b, book))) {
        return true;
      }
    }
    return false;
  }
}
