package org.newsevents.eval;

import java.util.Map;

/** Our entity types on the CoNLL-2003 label set, so that every gold format is scored on PER/ORG/LOC/MISC. */
public final class ConllTypes {
  private static final Map<String, String> MAPPING = Map.of(
      "PERSON", "PER", "ORGANIZATION", "ORG", "LOCATION", "LOC", "NATIONALITY", "MISC", "MISC", "MISC",
      "PER", "PER", "ORG", "ORG", "LOC", "LOC");

  private ConllTypes() {}

  /** The CoNLL label for one of our types (or a CoNLL label itself), or null for anything else. */
  public static String of(String type) {
    return type == null ? null : MAPPING.get(type);
  }
}
