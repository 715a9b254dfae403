package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * "The new iPod", "The iPod Nano": a word written with a lower-case letter before a capital (iPod,
 * iTunes, eBay) is a product or brand name, though the tagger may take it for a common noun or the
 * name it heads for a person's.
 */
final class ProductNames {
  private ProductNames() {}

  /** Whether the noun at {@code head}, or a compound before it, is written as a product name. */
  static boolean names(ClauseGraph g, int head) {
    if (isProductSpelling(g.token(head).word())) {
      return true;
    }
    for (Dependency d : g.children(head)) {
      if (d.relation().equals("compound") && isProductSpelling(g.token(d.dependent()).word())) {
        return true;
      }
    }
    return false;
  }

  static boolean isProductSpelling(String word) {
    if (word.length() < 3 || !Character.isLowerCase(word.charAt(0))) {
      return false;
    }
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
