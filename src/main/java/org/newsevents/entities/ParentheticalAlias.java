package org.newsevents.entities;

/** A short form defined in brackets after a name, "Foreign Intelligence Service (SVR)", is that name. */
final class ParentheticalAlias implements GroupingRule {
  @Override
  public boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases) {
    return fuller.key().equals(aliases.fullKey(shorter.key()));
  }
}
