package org.newsevents.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The join key of a name: diacritics folded (Vučić = Vucic), case, dots and other punctuation
 * dropped (U.S. = US), a possessive removed. Equal keys in different articles mean the same name.
 */
final class NameKey {
  private NameKey() {}

  static String of(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    folded = folded.replace('’', '\'').replaceAll("'s?$", "").replace(".", "");
    folded = folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return folded;
  }
}
