package org.newsevents.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One input document as ingested: its identity, metadata and the source text.
 *
 * <p>{@code text} is the input as decoded, BOM removed and newlines kept. Every offset in the
 * output counts Java {@code String} indices into this text.
 *
 * @param id           stable document id (file stem, or the dump's {@code id})
 * @param url          source address, or null
 * @param title        title from metadata, or null
 * @param text         the source text
 * @param documentDate publication date from metadata, or null when the metadata has none
 * @param origin       where it came from (path, path:line), for error messages
 * @param html         for HTML input, the page as given (its flattened form is {@code text}), else null
 */
public record Article(String id, String url, String title, String text, LocalDate documentDate, String origin,
                      String html) implements Serializable {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** A plain-text article. */
  public Article(String id, String url, String title, String text, LocalDate documentDate, String origin) {
    this(id, url, title, text, documentDate, origin, null);
  }

  public Article withDocumentDate(LocalDate date) {
    return new Article(id, url, title, text, date, origin, html);
  }
}
