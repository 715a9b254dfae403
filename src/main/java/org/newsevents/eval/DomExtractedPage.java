package org.newsevents.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.newsevents.clean.html.DomExtractor;
import org.newsevents.model.Article;

/** HTML in: the page through the DOM-aware extractor, whose text the pipeline's cleaner then reads. */
public final class DomExtractedPage implements PageReading {
  private final DomExtractor extractor = new DomExtractor();

  @Override
  public String label() {
    return "HTML in (DOM extractor)";
  }

  @Override
  public Article read(String id, String url, Path page) throws IOException {
    return new Article(id, url, null, extractor.extract(html(page)), null, page.toString());
  }

  static String html(Path page) throws IOException {
    try (InputStream in = Files.newInputStream(page)) {
      byte[] bytes = page.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
