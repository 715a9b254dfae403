package org.newsevents.model;

/**
 * Who asserts an event: the speaker's text and entity id (or null), and the verb of saying through
 * which the text reports it ("said", "has announced"), or null when the source is named otherwise
 * ("according to the Financial Times").
 */
public record Attribution(String text, String entity, Predicate verb) {
  public Attribution(String text, String entity) {
    this(text, entity, null);
  }
}
