package org.newsevents.clean.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.ArticleLines;
import org.newsevents.clean.BoilerplateRule;
import org.newsevents.clean.RuleBook;

/**
 * Marks a line that matches one of its reason's phrase patterns ({@code patterns/<reason>.txt}) and
 * is no longer than {@code <reason>.max-chars}: the length cap keeps a story sentence that merely
 * mentions the phrase.
 */
public abstract class PhraseRule implements BoilerplateRule {
  private final String reason;
  private final List<Pattern> patterns;
  private final int maxChars;

  protected PhraseRule(String reason, RuleBook book) {
    this.reason = reason;
    this.patterns = book.patterns(reason);
    this.maxChars = book.integer(reason + ".max-chars");
  }

  public String reason() {
    return reason;
  }

  @Override
  public void apply(ArticleLines lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.open(i) && matches(lines.text(i))) {
        lines.mark(i, reason);
      }
    }
  }

  protected boolean matches(String text) {
    if (text.length() > maxChars) {
      return false;
    }
    for (Pattern p : patterns) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
