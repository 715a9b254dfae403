package org.newsevents.model;

import java.util.List;

/**
 * One real-world thing named in a document, with all its mentions.
 *
 * @param id       document-local id, {@code e1}, {@code e2}, ...
 * @param type     output type
 * @param subtype  CoreNLP's finer label (COUNTRY, CITY, ...) or null
 * @param name     canonical name: the fullest form among the mentions
 * @param key      folded, normalised name that joins the same entity across documents
 * @param title    a title seen before a mention ("President"), or null
 * @param country  for demonyms and capitals used as actors: the country they stand for, or null
 * @param mentions mentions in text order
 */
public record Entity(String id, EntityType type, String subtype, String name, String key, String title,
                     String country, List<Mention> mentions) {
  public Entity {
    mentions = List.copyOf(mentions);
  }
}
