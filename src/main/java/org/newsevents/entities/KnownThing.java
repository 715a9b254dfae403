package org.newsevents.entities;

import org.newsevents.model.EntityType;

/** The gazetteer entry of a name, also through a leading demonym ("Serbian Security Intelligence Agency"). */
final class KnownThing {
  private KnownThing() {}

  static KnownName of(String key) {
    KnownName direct = Gazetteer.get().lookup(key);
    if (direct != null) {
      return direct;
    }
    int space = key.indexOf(' ');
    if (space < 0) {
      return null;
    }
    KnownName demonym = Gazetteer.get().lookup(key.substring(0, space));
    KnownName rest = Gazetteer.get().lookup(key.substring(space + 1));
    if (demonym != null && demonym.type() == EntityType.NATIONALITY && rest != null
        && rest.type() == EntityType.ORGANIZATION
        && (rest.country() == null || rest.country().equals(demonym.country()))) {
      return rest;
    }
    return null;
  }
}
