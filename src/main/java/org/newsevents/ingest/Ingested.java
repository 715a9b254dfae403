package org.newsevents.ingest;

import org.newsevents.model.Article;

/** What ingest yields for each document: an article, or the reason it could not be read. */
public sealed interface Ingested extends java.io.Serializable {
  String id();

  record Ok(Article article) implements Ingested {
    @Override
    public String id() {
      return article.id();
    }
  }

  record Failed(String id, String origin, String message) implements Ingested {}
}
