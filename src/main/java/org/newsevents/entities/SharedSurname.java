package org.newsevents.entities;

import org.newsevents.model.EntityType;

/**
 * Two full names of persons with the same surname in one article are one person: news articles
 * vary the transliteration of first names (Alexander / Aleksandar Vulin) and rarely name two
 * relatives. A deliberate trade-off: relatives sharing a surname are merged.
 */
final class SharedSurname implements GroupingRule {
  @Override
  public boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases) {
    if (shorter.type() != EntityType.PERSON || fuller.type() != EntityType.PERSON) {
      return false;
    }
    String[] s = shorter.key().split(" ");
    String[] f = fuller.key().split(" ");
    return s.length >= 2 && f.length >= 2 && s[s.length - 1].equals(f[f.length - 1]);
  }
}
