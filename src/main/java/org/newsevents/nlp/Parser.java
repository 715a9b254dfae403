package org.newsevents.nlp;

import java.time.LocalDate;
import org.newsevents.model.ParsedText;

/**
 * The linguistic layer: sentences, tokens, lemmas, POS, NER labels, dependencies and raw timexes.
 * Offsets are indices into {@code text}, which callers pass with boilerplate blanked so that they
 * equal source offsets.
 */
public interface Parser {
  /**
   * @param text         text to parse
   * @param documentDate anchor for the tagger's relative dates, or null when unknown
   */
  ParsedText parse(String text, LocalDate documentDate);
}
