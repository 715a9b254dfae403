package org.newsevents.entities;

import java.util.Set;

/**
 * An all-capitals short form spelled by the fuller name's initials (FT = Financial Times,
 * OSCE = Organization for Security and Cooperation in Europe, UNMIK = UN Mission in Kosovo).
 * Small words may or may not give a letter; a word in capitals gives all of its letters.
 */
final class Acronym implements GroupingRule {
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "to");

  @Override
  public boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases) {
    String letters = shorter.mention().text().replace(".", "");
    if (shorter.type() != fuller.type() || letters.length() < 2 || letters.length() > 8
        || !letters.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    return spells(letters, fuller.mention().text());
  }

  /** {@code letters} (capitals) are the initials of {@code name}. */
  static boolean spells(String letters, String name) {
    String[] words = name.split("[\\s-]+");
    return words.length >= 2 && spells(letters, 0, words, 0);
  }

  private static boolean spells(String letters, int at, String[] words, int w) {
    if (w == words.length) {
      return at == letters.length();
    }
    String word = words[w];
    if (word.isEmpty()) {
      return spells(letters, at, words, w + 1);
    }
    boolean small = SMALL_WORDS.contains(word.toLowerCase());
    if (small && spells(letters, at, words, w + 1)) {
      return true;
    }
    if (at >= letters.length()) {
      return false;
    }
    if (word.length() > 1 && word.chars().allMatch(Character::isUpperCase)
        && letters.startsWith(word, at) && spells(letters, at + word.length(), words, w + 1)) {
      return true;
    }
    return Character.toUpperCase(word.charAt(0)) == letters.charAt(at) && spells(letters, at + 1, words, w + 1);
  }
}
