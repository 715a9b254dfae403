package org.newsevents.entities;

/** Whether a shorter name denotes the same thing as a fuller one in the same document. */
interface GroupingRule {
  boolean sameThing(NameMention shorter, NameMention fuller, DocumentAliases aliases);
}
