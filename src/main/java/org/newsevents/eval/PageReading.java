package org.newsevents.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.newsevents.model.Article;

/**
 * How an HTML page of the article-extraction benchmark becomes the article the pipeline reads. Two
 * readings are scored: HTML in ({@link DomExtractedPage}, the DOM-aware extractor of
 * {@code org.newsevents.clean.html}) and the naive flattened page ({@link FlattenedPage}), which
 * measures the text cleaner alone. Another extractor is one more implementation.
 */
public interface PageReading {
  /** Short name for reports ("HTML in", "flattened page"). */
  String label();

  Article read(String id, String url, Path page) throws IOException;
}
