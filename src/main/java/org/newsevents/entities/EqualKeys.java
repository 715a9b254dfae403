package org.newsevents.entities;

/** Names that fold to the same key are the same thing: Vučić = Vucic, Serbia's = Serbia. */
final class EqualKeys implements GroupingRule {
  @Override
  public boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases) {
    return shorter.key().equals(fuller.key()) && shorter.type() == fuller.type();
  }
}
