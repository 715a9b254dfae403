package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/** A navigation label on its own line ("Read more", "More Articles", "Latest"). */
public final class Navigation extends PhraseRule {
  public Navigation(RuleBook book) {
    super("navigation", book);
  }
}
