package org.newsevents.entities;

import org.newsevents.model.EntityType;

/**
 * The country a name acts for: a country itself, a demonym (Serbian → Serbia), a capital (Moscow →
 * Russia), a known organisation (Kremlin → Russia), or an organisation named with a demonym or
 * "of" a country (Serbian Ministry of the Interior, Anti-Money Laundering Office of Serbia).
 */
final class ActorCountry {
  private ActorCountry() {}

  static String of(EntityType type, String key, KnownName known) {
    if (known != null && known.country() != null) {
      return known.country();
    }
    if (type != EntityType.ORGANIZATION) {
      return null;
    }
    int space = key.indexOf(' ');
    if (space > 0) {
      KnownName first = Gazetteer.get().lookup(key.substring(0, space));
      if (first != null && first.type() == EntityType.NATIONALITY && first.country() != null) {
        return first.country();
      }
    }
    int of = key.lastIndexOf(" of ");
    if (of > 0) {
      KnownName last = Gazetteer.get().lookup(key.substring(of + 4));
      if (last != null && "COUNTRY".equals(last.subtype())) {
        return last.country();
      }
    }
    return null;
  }
}
