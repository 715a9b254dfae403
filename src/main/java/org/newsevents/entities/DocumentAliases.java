package org.newsevents.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Short forms a document defines for its names: "Federal Security Service (FSB)" makes FSB an alias. */
final class DocumentAliases {
  private final Map<String, String> fullKeyByAlias = new HashMap<>();

  /** Collects "Name (ALIAS)": a mention, an opening bracket, then a mention right after it. */
  static DocumentAliases of(String text, List<NameMention> mentions) {
    DocumentAliases out = new DocumentAliases();
    for (int i = 0; i + 1 < mentions.size(); i++) {
      NameMention full = mentions.get(i);
      NameMention alias = mentions.get(i + 1);
      String between = text.substring(full.mention().end(), alias.mention().start()).strip();
      boolean closes = alias.mention().end() < text.length() && text.charAt(alias.mention().end()) == ')';
      if (between.equals("(") && closes && alias.key().length() < full.key().length()) {
        out.fullKeyByAlias.putIfAbsent(alias.key(), full.key());
      }
    }
    return out;
  }

  /** The key of the name {@code aliasKey} was defined as short for, or null. */
  String fullKey(String aliasKey) {
    return fullKeyByAlias.get(aliasKey);
  }
}
