package org.newsevents.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.newsevents.html.HtmlFlattener;
import org.newsevents.model.Article;

/**
 * HTML in, as the product reads an HTML page: the flattened page is the source text and the page
 * itself rides along, so the pipeline's cleaner can let the DOM-aware extractor judge lines first.
 */
public final class HtmlInput implements PageReading {
  @Override
  public String label() {
    return "HTML in";
  }

  @Override
  public Article read(String id, String url, Path page) throws IOException {
    String html = html(page);
    return new Article(id, url, null, HtmlFlattener.flatten(html), null, page.toString(), html);
  }

  static String html(Path page) throws IOException {
    try (InputStream in = Files.newInputStream(page)) {
      byte[] bytes = page.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
