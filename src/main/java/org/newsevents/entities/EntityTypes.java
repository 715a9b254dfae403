package org.newsevents.entities;

import java.util.Map;
import org.newsevents.model.EntityType;

/** Maps the tagger's fine labels to output types; the fine label stays as the subtype. */
final class EntityTypes {
  private static final Map<String, EntityType> BY_LABEL = Map.ofEntries(
      Map.entry("PERSON", EntityType.PERSON),
      Map.entry("ORGANIZATION", EntityType.ORGANIZATION),
      Map.entry("LOCATION", EntityType.LOCATION),
      Map.entry("COUNTRY", EntityType.LOCATION),
      Map.entry("CITY", EntityType.LOCATION),
      Map.entry("STATE_OR_PROVINCE", EntityType.LOCATION),
      Map.entry("NATIONALITY", EntityType.NATIONALITY),
      Map.entry("MISC", EntityType.MISC),
      Map.entry("RELIGION", EntityType.MISC));

  private EntityTypes() {}

  /** The output type of a fine label, or null when the label is not a name (DATE, NUMBER, TITLE...). */
  static EntityType of(String label) {
    return BY_LABEL.get(label);
  }

  /** The subtype kept on the entity: only labels finer than the output type. */
  static String subtypeOf(String label, EntityType type) {
    return label.equals(type.name()) ? null : label;
  }
}
