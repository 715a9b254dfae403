package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/** The outlet speaking about itself ("A Message from ...", "Dear readers,", feedback forms, rights). */
public final class SiteNotice extends PhraseRule {
  public SiteNotice(RuleBook book) {
    super("site-notice", book);
  }
}
