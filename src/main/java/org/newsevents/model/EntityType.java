package org.newsevents.model;

/** The output entity types; CoreNLP's finer labels are kept as an entity's subtype. */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, NATIONALITY, MISC
}
