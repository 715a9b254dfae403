package org.newsevents.entities;

/**
 * Names the gazetteer knows as forms of one thing are that thing: Russia = Russian Federation,
 * EU = European Union, Russians = Russian; also with a leading demonym (Serbian Security
 * Intelligence Agency = BIA).
 */
final class KnownAliases implements GroupingRule {
  @Override
  public boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases) {
    if (shorter.type() != fuller.type()) {
      return false;
    }
    KnownName a = KnownThing.of(shorter.key());
    KnownName b = KnownThing.of(fuller.key());
    return a != null && b != null && a.type() == b.type() && a.canonical().equals(b.canonical());
  }
}
