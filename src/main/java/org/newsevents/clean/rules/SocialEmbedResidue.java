package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/** Share buttons and the remains of embedded posts ("Share on Facebook", "pic.twitter.com"). */
public final class SocialEmbedResidue extends PhraseRule {
  public SocialEmbedResidue(RuleBook book) {
    super("social-embed-residue", book);
  }
}
