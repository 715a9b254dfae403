package org.newsevents.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsevents.ingest.ArticleSource;
import org.newsevents.ingest.Ingested;
import org.newsevents.model.Article;

/** The page as {@code newsevents extract page.html.gz} reads it: through ingest's HTML handling. */
public final class IngestedPage implements PageReading {
  @Override
  public String label() {
    return "HTML in";
  }

  @Override
  public Article read(String id, String url, Path page) throws IOException {
    try (ArticleSource source = ArticleSource.open(List.of(page.toString()), java.io.InputStream.nullInputStream())) {
      if (!source.hasNext()) {
        throw new IOException(page + ": ingest read nothing");
      }
      Ingested item = source.next();
      if (item instanceof Ingested.Failed f) {
        throw new IOException(page + ": " + f.message());
      }
      Article a = ((Ingested.Ok) item).article();
      return new Article(id, url, a.title(), a.text(), a.documentDate(), a.origin());
    }
  }
}
