package org.newsevents.entities;

import java.util.HashMap;
import java.util.Map;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.EntityType;

/** Maps the tagger's fine labels to output types ({@code models/entities/labels.tsv}); the fine label stays as the subtype. */
final class EntityTypes {
  private static final Map<String, EntityType> BY_LABEL = load();

  private EntityTypes() {}

  /** The output type of a fine label, or null when the label is not a name (DATE, NUMBER, TITLE...). */
  static EntityType of(String label) {
    return BY_LABEL.get(label);
  }

  /** The subtype kept on the entity: only labels finer than the output type. */
  static String subtypeOf(String label, EntityType type) {
    return label.equals(type.name()) ? null : label;
  }

  private static Map<String, EntityType> load() {
    Map<String, EntityType> out = new HashMap<>();
    ModelFiles.table("entities/labels.tsv").forEach((label, type) -> out.put(label, EntityType.valueOf(type)));
    return Map.copyOf(out);
  }
}
