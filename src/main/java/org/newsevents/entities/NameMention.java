package org.newsevents.entities;

import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;

/**
 * A tagged name in the text, before grouping.
 *
 * @param subtype the tagger's or the gazetteer's finer label, or null
 * @param key     folded name ({@link NameKey})
 * @param title   title words just before the name ("President"), or null
 */
record NameMention(Mention mention, EntityType type, String subtype, String key, String title) {
  NameMention withType(EntityType newType, String newSubtype) {
    return new NameMention(mention, newType, newSubtype, key, title);
  }
}
