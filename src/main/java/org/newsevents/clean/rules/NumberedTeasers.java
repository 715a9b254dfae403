package org.newsevents.clean.rules;

import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * A ranked list of other stories ("Most Popular"): a rank on a line of its own (1, 2, 3, ...), each
 * followed by one headline that is not a sentence. A table has its numbers among other cells, and
 * a story's numbered steps end like sentences, so neither takes this shape.
 */
public final class NumberedTeasers implements BoilerplateRule {
  private final int minItems;
  private final int maxWords;

  public NumberedTeasers(RuleBook book) {
    this.minItems = book.integer("numbered-teasers.min-items");
    this.maxWords = book.integer("numbered-teasers.max-words");
  }

  @Override
  public void apply(ArticleLines lines) {
    int i = lines.next(-1);
    while (i >= 0) {
      int items = 0;
      int j = i;
      while (j >= 0 && rank(lines, j) == items + 1 && teaser(lines, lines.next(j))) {
        items++;
        j = lines.next(lines.next(j));
      }
      if (items >= minItems) {
        for (int k = i; k >= 0 && k != j; k = lines.next(k)) {
          lines.mark(k, RelatedHeadline.REASON);
        }
        i = j;
      } else {
        i = lines.next(i);
      }
    }
  }

  private static int rank(ArticleLines lines, int i) {
    String t = lines.text(i);
    return t.matches("\\d{1,2}\\.?") ? Integer.parseInt(t.replace(".", "")) : -1;
  }

  private boolean teaser(ArticleLines lines, int i) {
    return i >= 0 && !lines.shape(i).endsSentence() && lines.shape(i).wordCount() >= 2
        && lines.shape(i).wordCount() <= maxWords;
  }
}
