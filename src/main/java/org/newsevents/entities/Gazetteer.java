package org.newsevents.entities;

import java.util.HashMap;
import java.util.Map;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.EntityType;

/**
 * Countries with their demonyms, capitals and other names, major cities and regions, peoples, religions, and major organisations, from
 * {@code models/entities/}; looked up by folded name.
 */
final class Gazetteer {
  private static final Gazetteer INSTANCE = new Gazetteer();
  private final Map<String, KnownName> byKey = new HashMap<>();

  private Gazetteer() {
    for (String line : ModelFiles.lines("entities/countries.tsv")) {
      String[] c = columns(line, 4);
      String country = c[0];
      add(country, new KnownName(country, EntityType.LOCATION, "COUNTRY", country));
      for (String other : forms(c[3])) {
        add(other, new KnownName(country, EntityType.LOCATION, "COUNTRY", country));
      }
      String[] demonyms = forms(c[1]);
      for (String demonym : demonyms) {
        add(demonym, new KnownName(demonyms[0], EntityType.NATIONALITY, null, country));
      }
      for (String capital : forms(c[2])) {
        add(capital, new KnownName(capital, EntityType.LOCATION, "CITY", country));
      }
    }
    for (String line : ModelFiles.lines("entities/places.tsv")) {
      String[] c = columns(line, 4);
      KnownName place = new KnownName(c[0], EntityType.LOCATION, c[1], c[2].isEmpty() ? null : c[2]);
      add(c[0], place);
      for (String other : forms(c[3])) {
        add(other, place);
      }
    }
    for (String line : ModelFiles.lines("entities/peoples.tsv")) {
      String[] c = columns(line, 2);
      add(c[0], new KnownName(c[0], EntityType.NATIONALITY, null, null));
      for (String other : forms(c[1])) {
        add(other, new KnownName(c[0], EntityType.NATIONALITY, null, null));
      }
    }
    for (String line : ModelFiles.lines("entities/religions.tsv")) {
      String[] c = columns(line, 2);
      add(c[0], new KnownName(c[0], EntityType.MISC, "RELIGION", null));
      for (String other : forms(c[1])) {
        add(other, new KnownName(c[0], EntityType.MISC, "RELIGION", null));
      }
    }
    for (String line : ModelFiles.lines("entities/organisations.tsv")) {
      String[] c = columns(line, 3);
      String country = c[2].isEmpty() ? null : c[2];
      add(c[0], new KnownName(c[0], EntityType.ORGANIZATION, null, country));
      for (String other : forms(c[1])) {
        add(other, new KnownName(c[0], EntityType.ORGANIZATION, null, country));
      }
    }
  }

  static Gazetteer get() {
    return INSTANCE;
  }

  /** The entry for a folded name, or null. */
  KnownName lookup(String key) {
    return byKey.get(key);
  }

  private void add(String name, KnownName entry) {
    byKey.putIfAbsent(NameKey.of(name), entry);
  }

  private static String[] columns(String line, int n) {
    String[] raw = line.split("\t", -1);
    String[] out = new String[n];
    for (int i = 0; i < n; i++) {
      out[i] = i < raw.length ? raw[i].strip() : "";
    }
    return out;
  }

  private static String[] forms(String column) {
    return column.isEmpty() ? new String[0] : column.split("\\|");
  }
}
