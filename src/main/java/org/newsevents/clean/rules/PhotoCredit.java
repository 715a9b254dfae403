package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/** A photo caption's credit: agency lists split by slashes, "Photo:", "©", or a bare source domain. */
public final class PhotoCredit extends PhraseRule {
  public PhotoCredit(RuleBook book) {
    super("photo-credit", book);
  }
}
