package org.newsevents.events;

import java.util.List;
import java.util.Map;
import org.newsevents.model.Entity;
import org.newsevents.model.Mention;

/**
 * Finds the entity an argument refers to: the person a pronoun head stands for, the mention at its
 * head, else the first mention inside it.
 */
final class EntityLinks {
  private final List<Entity> entities;
  private final Map<Integer, String> pronouns;

  /** @param pronouns entity ids of resolved pronouns, by the pronoun's start offset */
  EntityLinks(List<Entity> entities, Map<Integer, String> pronouns) {
    this.entities = entities;
    this.pronouns = pronouns;
  }

  String entityAt(int headStart, int headEnd, int phraseStart, int phraseEnd) {
    String pronoun = pronouns.get(headStart);
    if (pronoun != null) {
      return pronoun;
    }
    String inside = null;
    int insideStart = Integer.MAX_VALUE;
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.start() <= headStart && headEnd <= m.end()) {
          return e.id();
        }
        if (phraseStart <= m.start() && m.end() <= phraseEnd && m.start() < insideStart) {
          inside = e.id();
          insideStart = m.start();
        }
      }
    }
    return inside;
  }
}
