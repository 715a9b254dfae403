package org.newsevents.entities;

import java.util.Arrays;
import java.util.List;

/** When two names of one type denote the same thing within a document. */
final class NameGrouping {
  private NameGrouping() {}

  /** {@code shorter} names the same thing as {@code fuller}: equal keys, a person's surname, or an acronym. */
  static boolean sameThing(NameMention shorter, NameMention fuller) {
    if (shorter.key().equals(fuller.key())) {
      return true;
    }
    if (shorter.key().isEmpty() || fuller.key().isEmpty()) {
      return false;
    }
    List<String> shortWords = words(shorter.key());
    List<String> fullWords = words(fuller.key());
    if (shorter.type() == org.newsevents.model.EntityType.PERSON && shortWords.size() < fullWords.size()) {
      // "Vucic" and "Aleksandar Vucic": the shorter name ends the longer one.
      return fullWords.subList(fullWords.size() - shortWords.size(), fullWords.size()).equals(shortWords);
    }
    return isAcronymOf(shorter.mention().text(), fullWords);
  }

  static boolean isAcronymOf(String candidate, List<String> words) {
    if (candidate.length() < 2 || !candidate.chars().allMatch(Character::isUpperCase)) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : words) {
      if (!w.equals("of") && !w.equals("the") && !w.equals("and") && !w.equals("for") && !w.equals("in")) {
        initials.append(Character.toUpperCase(w.charAt(0)));
      }
    }
    return initials.toString().equals(candidate);
  }

  private static List<String> words(String key) {
    return Arrays.asList(key.split(" "));
  }
}
