package org.newsevents.clean.rules;

import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/** A line outside the main text (jusText's idea of context): menus, footers, teaser lists. */
public final class LowContent implements BoilerplateRule {
  public static final String REASON = "low-content";
  private final RuleBook book;

  public LowContent(RuleBook book) {
    this.book = book;
  }

  @Override
  public void apply(ArticleLines lines) {
    MainText main = MainText.of(lines, book);
    if (main.first() > main.last()) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.open(i) && !main.contains(i)) {
        lines.mark(i, REASON);
      }
    }
  }
}
