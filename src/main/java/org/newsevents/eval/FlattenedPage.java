package org.newsevents.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.newsevents.ingest.HtmlText;
import org.newsevents.model.Article;

/** The page flattened the naive way (one block a line, scripts and styles dropped), then left to the cleaner. */
public final class FlattenedPage implements PageReading {
  @Override
  public String label() {
    return "flattened page";
  }

  @Override
  public Article read(String id, String url, Path page) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(page)) {
      bytes = page.toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
    }
    return new Article(id, url, null, HtmlText.flatten(new String(bytes, StandardCharsets.UTF_8)), null,
        page.toString());
  }
}
