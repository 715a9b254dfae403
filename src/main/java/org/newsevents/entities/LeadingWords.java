package org.newsevents.entities;

import org.newsevents.model.EntityType;

/** An organisation named again by its first words (Working Group → Working Group for Countering Color Revolutions). */
final class LeadingWords implements GroupingRule {
  @Override
  public boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases) {
    if (shorter.type() != EntityType.ORGANIZATION || fuller.type() != EntityType.ORGANIZATION) {
      return false;
    }
    String s = shorter.key();
    return s.indexOf(' ') > 0 && fuller.key().startsWith(s + " ") && KnownThing.of(s) == null;
  }
}
