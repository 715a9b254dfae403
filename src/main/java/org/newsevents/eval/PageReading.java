package org.newsevents.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.newsevents.model.Article;

/**
 * How an HTML page of the article-extraction benchmark becomes the article the pipeline reads. Two
 * readings are scored: HTML in ({@link HtmlInput}: the flattened page with the page attached, so the pipeline's
 * cleaner can use the DOM-aware extractor) and the naive flattened page alone ({@link FlattenedPage}),
 * which measures the text cleaner by itself. Another extractor is one more implementation.
 */
public interface PageReading {
  /** Short name for reports ("HTML in", "flattened page"). */
  String label();

  Article read(String id, String url, Path page) throws IOException;
}
