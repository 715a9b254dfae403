package org.newsevents.clean.rules;

import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/** A rule that reads the page around its main text; a page with no prose gives it nothing to do. */
abstract class MainTextRule implements BoilerplateRule {
  protected final RuleBook book;

  MainTextRule(RuleBook book) {
    this.book = book;
  }

  @Override
  public final void apply(ArticleLines lines) {
    MainText main = MainText.of(lines, book);
    if (main.first() <= main.last()) {
      apply(lines, main);
    }
  }

  /** Applies the rule to a page whose main text is {@code main} (never empty). */
  abstract void apply(ArticleLines lines, MainText main);
}
