package org.newsevents.clean.rules;

import org.newsevents.clean.RuleBook;

/** A paywall or subscription prompt ("Subscribe", "Already a subscriber?"). */
public final class SubscriptionPrompt extends PhraseRule {
  public SubscriptionPrompt(RuleBook book) {
    super("subscription-prompt", book);
  }
}
