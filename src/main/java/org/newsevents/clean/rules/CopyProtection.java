package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/** A notice that the page blocks copying ("Content is protected"). */
public final class CopyProtection extends PhraseRule {
  public CopyProtection(RuleBook book) {
    super("copy-protection", book);
  }
}
