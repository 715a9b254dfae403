package org.newsevents.eval;

import java.io.IOException;
import java.nio.file.Path;
import org.newsevents.html.HtmlFlattener;
import org.newsevents.model.Article;

/** The page flattened the naive way (one block a line, scripts and styles dropped), then left to the cleaner. */
public final class FlattenedPage implements PageReading {
  @Override
  public String label() {
    return "flattened page";
  }

  @Override
  public Article read(String id, String url, Path page) throws IOException {
    return new Article(id, url, null, HtmlFlattener.flatten(HtmlInput.html(page)), null, page.toString());
  }
}
