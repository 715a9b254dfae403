package org.newsevents.clean.rules;

import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * Short fragments wedged inside boilerplate ("Once", "Monthly", "Continue" in a donation form) take
 * the reason of the boilerplate around them: a run of short non-sentence lines with boilerplate (or
 * the document's edge) on both sides.
 */
public final class BoilerplateRun implements BoilerplateRule {
  private final int maxWords;

  public BoilerplateRun(RuleBook book) {
    this.maxWords = book.integer("run.max-words");
  }

  @Override
  public void apply(ArticleLines lines) {
    int i = 0;
    while (i < lines.size()) {
      if (!fragment(lines, i)) {
        i++;
        continue;
      }
      int first = i;
      int last = i;
      int j = lines.next(i);
      while (j >= 0 && fragment(lines, j)) {
        last = j;
        j = lines.next(j);
      }
      int before = lines.previous(first);
      boolean boundedBefore = before < 0 || lines.marked(before);
      boolean boundedAfter = j < 0 || lines.marked(j);
      String reason = before >= 0 && lines.marked(before) ? lines.reason(before) : j >= 0 ? lines.reason(j) : null;
      if (boundedBefore && boundedAfter && reason != null) {
        for (int k = first; k >= 0 && k <= last; k = lines.next(k)) {
          lines.mark(k, reason);
        }
      }
      i = last + 1;
    }
  }

  private boolean fragment(ArticleLines lines, int i) {
    return lines.open(i) && lines.shape(i).wordCount() <= maxWords && !lines.shape(i).endsSentence();
  }
}
