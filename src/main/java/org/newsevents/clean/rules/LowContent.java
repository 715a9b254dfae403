package org.newsevents.clean.rules;

import java.util.List;
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
    List<MainText> main = MainText.stretches(lines, book);
    if (main.isEmpty()) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.open(i) && !inside(main, i)) {
        lines.mark(i, REASON);
      }
    }
  }

  private static boolean inside(List<MainText> main, int i) {
    for (MainText m : main) {
      if (m.contains(i)) {
        return true;
      }
    }
    return false;
  }
}
