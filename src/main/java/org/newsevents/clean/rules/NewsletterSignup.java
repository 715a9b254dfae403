package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/** A prompt to sign up for a newsletter, or its small print. */
public final class NewsletterSignup extends PhraseRule {
  public NewsletterSignup(RuleBook book) {
    super("newsletter-signup", book);
  }
}
