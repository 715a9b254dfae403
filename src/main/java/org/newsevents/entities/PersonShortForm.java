package org.newsevents.entities;

import org.newsevents.model.EntityType;

/**
 * A person's surname, or the last words of the full name, is that person (Vucic → Aleksandar Vucic),
 * even where the tagger gave the short form another type; never a gazetteer name or a demonym.
 */
final class PersonShortForm implements GroupingRule {
  @Override
  public boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases) {
    if (fuller.type() != EntityType.PERSON || shorter.type() == EntityType.NATIONALITY) {
      return false;
    }
    if (shorter.type() != EntityType.PERSON && Gazetteer.get().lookup(shorter.key()) != null) {
      return false;
    }
    String[] s = shorter.key().split(" ");
    String[] f = fuller.key().split(" ");
    if (s.length >= f.length) {
      return false;
    }
    for (int i = 1; i <= s.length; i++) {
      if (!s[s.length - i].equals(f[f.length - i])) {
        return false;
      }
    }
    return true;
  }
}
