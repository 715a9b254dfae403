package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/** Publication metadata on its own line ("Published on:", a bare date, "5 min read"). */
public final class PublicationMeta extends PhraseRule {
  public PublicationMeta(RuleBook book) {
    super("publication-meta", book);
  }
}
