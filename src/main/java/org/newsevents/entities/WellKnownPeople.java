package org.newsevents.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.newsevents.lexicon.ModelFiles;

/** A person named only by surname gets the full name of the one well-known person with that surname ({@code models/entities/people.txt}). */
final class WellKnownPeople {
  private static final Map<String, String> FULL_BY_SURNAME = load();

  private WellKnownPeople() {}

  /** The full name for a lone surname key, or null when none or several are known. */
  static String fullName(String surnameKey) {
    return FULL_BY_SURNAME.get(surnameKey);
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String name : ModelFiles.lines("entities/people.txt")) {
      String key = NameKey.of(name);
      String surname = key.substring(key.lastIndexOf(' ') + 1);
      if (out.containsKey(surname) && !NameKey.of(out.get(surname)).equals(key)) {
        ambiguous.add(surname);
      }
      out.putIfAbsent(surname, name);
    }
    ambiguous.forEach(out::remove);
    return Map.copyOf(out);
  }
}
