package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/** Residue of an advertising slot ("- Advertisement -", "Sponsored"). */
public final class Advertisement extends PhraseRule {
  public Advertisement(RuleBook book) {
    super("advertisement", book);
  }
}
