package org.newsevents.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newsevents.lexicon.ModelFiles;

/** The word lists of the mention rules ({@code models/entities/mention-words.tsv}), by kind. */
final class MentionWords {
  private static final Map<String, Set<String>> BY_KIND = load();

  private MentionWords() {}

  static boolean is(String kind, String word) {
    return BY_KIND.getOrDefault(kind, Set.of()).contains(word);
  }

  private static Map<String, Set<String>> load() {
    Map<String, Set<String>> out = new HashMap<>();
    ModelFiles.table("entities/mention-words.tsv").forEach((kind, words) -> out.put(kind, Set.of(words.split("\\|"))));
    return Map.copyOf(out);
  }
}
