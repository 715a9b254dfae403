package org.newsevents.nlp;

import java.util.Map;
import org.newsevents.lexicon.ModelFiles;

/** The adapter's numbers, from {@code models/nlp/thresholds.tsv}; a system property of the same name overrides one, for measurement. */
final class AdapterThresholds {
  private static final Map<String, String> TABLE = ModelFiles.table("nlp/thresholds.tsv");

  private AdapterThresholds() {}

  static int get(String name) {
    String value = System.getProperty("newsevents." + name, TABLE.get(name));
    if (value == null) {
      throw new IllegalStateException("models/nlp/thresholds.tsv has no " + name);
    }
    return Integer.parseInt(value);
  }
}
