package org.newsevents.ingest;

/** Refusals that apply to every document, whatever its format. */
final class ArticleChecks {
  /** Longer documents are refused: no news article is this long, and the parser's cost is superlinear. */
  static final int MAX_CHARS = 1_000_000;

  private ArticleChecks() {}

  static void check(String text) throws UnreadableDocument {
    if (text.isBlank()) {
      throw new UnreadableDocument("empty document: no text");
    }
    if (text.length() > MAX_CHARS) {
      throw new UnreadableDocument("document too large: " + text.length() + " characters (limit " + MAX_CHARS + ")");
    }
  }
}
