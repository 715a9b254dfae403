package org.newsevents.events;

import java.util.List;
import org.newsevents.model.Entity;
import org.newsevents.model.Mention;

/** Finds the entity an argument refers to: the mention at its head, else the first mention inside it. */
final class EntityLinks {
  private final List<Entity> entities;

  EntityLinks(List<Entity> entities) {
    this.entities = entities;
  }

  String entityAt(int headStart, int headEnd, int phraseStart, int phraseEnd) {
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
