package org.newsevents.entities;

import org.newsevents.model.EntityType;

/**
 * A person's surname, or the last words of the full name, is that person (Vucic → Aleksandar Vucic),
 * even where the tagger or the gazetteer gave the short form another type (Washington after MaliVai
 * Washington); never a demonym.
 */
final class PersonShortForm implements GroupingRule {
  @Override
  public boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases) {
    if (fuller.type() != EntityType.PERSON || shorter.type() == EntityType.NATIONALITY) {
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
