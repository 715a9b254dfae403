package org.newsevents.events;

import org.newsevents.model.Dependency;

/**
 * "The new iPod", "The iPod Nano": a word written with a lower-case letter before a capital (iPod,
 * iTunes, eBay) is a product or brand name, though the tagger may take it for a common noun or the
 * name it heads for a person's.
 */
final class ProductNames {
  private ProductNames() {}

  /**
   * Whether the noun at {@code head} is written as a product name, or is a name or number a product
   * name is compounded with ("The iPod Nano"; not "the new MacBook line").
   */
  static boolean names(ClauseGraph g, int head) {
    if (isProductSpelling(g.token(head).word())) {
      return true;
    }
    if (!isNameOrNumber(g, head)) {
      return false;
    }
    for (Dependency d : g.children(head)) {
      if (d.relation().equals("compound") && isProductSpelling(g.token(d.dependent()).word())) {
        return true;
      }
    }
    return false;
  }

  /** A proper noun or a number: a name or a model designation ("Nano", "737-800"). */
  static boolean isNameOrNumber(ClauseGraph g, int head) {
    String pos = g.token(head).pos();
    return pos.startsWith("NNP") || pos.equals("CD");
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
