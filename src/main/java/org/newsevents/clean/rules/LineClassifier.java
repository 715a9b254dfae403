package org.newsevents.clean.rules;

import java.util.List;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.LineFeatures;
import org.newsevents.clean.LineModel;
import org.newsevents.clean.RuleBook;

/**
 * The trained line model's word ({@link LineModel}) before the main-text rule has its say: a line it
 * is sure is furniture (teaser lists, captions, table scraps that pass for prose one line at a time)
 * is removed, and a line it is sure is story (a recipe's ingredients, a table's rows, short lines
 * the main-text rule would cut) is kept.
 */
public final class LineClassifier implements BoilerplateRule {
  public static final String REASON = "classifier";
  private final LineModel model;
  private final RuleBook book;

  public LineClassifier(LineModel model, RuleBook book) {
    this.model = model;
    this.book = book;
  }

  @Override
  public void apply(ArticleLines lines) {
    if (model.empty()) {
      return;
    }
    double remove = book.number("classifier.min-boilerplate-probability");
    double keep = book.number("classifier.min-story-probability");
    List<MainText> main = MainText.stretches(lines, book);
    double[] p = new double[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      p[i] = lines.open(i) ? model.boilerplateProbability(LineFeatures.of(lines, i, main, book)) : Double.NaN;
    }
    // Judged all at once, so one verdict does not sway the next line's neighbours.
    for (int i = 0; i < lines.size(); i++) {
      if (p[i] >= remove) {
        lines.mark(i, REASON);
      } else if (1 - p[i] >= keep) {
        lines.protect(i);
      }
    }
  }
}
