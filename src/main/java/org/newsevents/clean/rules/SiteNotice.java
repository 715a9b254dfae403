package org.newsevents.clean.rules;

import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.clean.RuleBook;

/**
 * The outlet speaking about itself ("A Message from ...", "Dear readers,", feedback forms, rights).
 * A line too long for one phrase to name it still goes when it stacks several notices (a data
 * provider's "All rights reserved" after another's "registered trademark of").
 */
public final class SiteNotice extends PhraseRule {
  private final List<Pattern> patterns;
  private final int denseMaxChars;
  private final int denseMinCues;
  private final int maxChars;

  public SiteNotice(RuleBook book) {
    super("site-notice", book);
    this.patterns = book.patterns("site-notice");
    this.denseMaxChars = book.integer("site-notice.dense.max-chars");
    this.denseMinCues = book.integer("site-notice.dense.min-cues");
    this.maxChars = book.integer("site-notice.max-chars");
  }

  @Override
  protected boolean matches(String text) {
    if (super.matches(text)) {
      return true;
    }
    // Shorter lines were judged above: one phrase names them or none does.
    if (text.length() <= maxChars || text.length() > denseMaxChars) {
      return false;
    }
    int cues = 0;
    for (Pattern p : patterns) {
      cues += p.matcher(text).find() ? 1 : 0;
    }
    return cues >= denseMinCues;
  }
}
