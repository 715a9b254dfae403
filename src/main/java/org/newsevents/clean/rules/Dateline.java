package org.newsevents.clean.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * Keeps a story's dateline on a line of its own just above the main text ("WASHINGTON (AP) --",
 * "BAAR, SWITZERLAND", "MIAMI _"; patterns/dateline.txt): a place in capitals with a country, an
 * agency or a dash after it. Three words and no sentence, it would otherwise go as a fragment outside
 * the main text, and the place of the story with it. Removes nothing.
 */
public final class Dateline implements BoilerplateRule {
  private final RuleBook book;
  private final List<Pattern> patterns;

  public Dateline(RuleBook book) {
    this.book = book;
    this.patterns = book.patterns("dateline");
  }

  @Override
  public void apply(ArticleLines lines) {
    for (MainText m : MainText.stretches(lines, book)) {
      int j = lines.previous(m.first());
      if (j >= 0 && lines.open(j) && dateline(lines.text(j))) {
        lines.protect(j);
      }
      if (lines.open(m.first()) && dateline(lines.text(m.first()))) {
        lines.protect(m.first());
      }
    }
  }

  private boolean dateline(String text) {
    for (Pattern p : patterns) {
      if (p.matcher(text).matches()) {
        return true;
      }
    }
    return false;
  }
}
