package org.newsevents.clean.rules;

import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;
import org.newsevents.clean.TemplateLines;

/**
 * A line that recurs in many documents of the same site (trafilatura's duplicate test, across a
 * batch). When most of a document recurs, it is a duplicate story, not template: then only short
 * lines are taken, so a republished story keeps its prose.
 */
public final class TemplateRepeat implements BoilerplateRule {
  public static final String REASON = "template-repeat";
  private final TemplateLines template;
  private final RuleBook book;

  public TemplateRepeat(TemplateLines template, RuleBook book) {
    this.template = template;
    this.book = book;
  }

  @Override
  public void apply(ArticleLines lines) {
    boolean[] repeated = new boolean[lines.size()];
    int nonBlank = 0;
    int repeats = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.line(i).blank()) {
        continue;
      }
      nonBlank++;
      if (template.isTemplate(lines.article(), lines.text(i))) {
        repeated[i] = true;
        repeats++;
      }
    }
    boolean duplicate = nonBlank > 0 && repeats > book.number("template-repeat.duplicate-share") * nonBlank;
    for (int i = 0; i < lines.size(); i++) {
      if (repeated[i] && (!duplicate || !MainText.prose(lines, i, book))) {
        lines.mark(i, REASON);
      }
    }
  }
}
