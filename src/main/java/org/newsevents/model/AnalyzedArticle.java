package org.newsevents.model;

import java.util.List;

/** An article with every layer the pipeline adds. */
public record AnalyzedArticle(Article article, DocumentDate documentDate, String language, CleanedText cleaned,
                              List<Entity> entities, List<Timex> timexes, List<EventTriple> events) {
  public AnalyzedArticle {
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
  }
}
