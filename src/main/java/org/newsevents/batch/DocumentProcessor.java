package org.newsevents.batch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.newsevents.ingest.Ingested;
import org.newsevents.model.Article;
import org.newsevents.model.StageException;
import org.newsevents.output.ArticleJson;
import org.newsevents.pipeline.Pipeline;

/** One ingested document to its output record: the article's, or an error record naming the stage. */
public final class DocumentProcessor {
  private final Pipeline pipeline;
  private final LocalDate fallbackDate;

  /**
   * @param fallbackDate the publication date for documents whose metadata gives none, or null
   */
  public DocumentProcessor(Pipeline pipeline, LocalDate fallbackDate) {
    this.pipeline = pipeline;
    this.fallbackDate = fallbackDate;
  }

  public Outcome process(Ingested item) {
    if (item instanceof Ingested.Failed f) {
      return Outcome.failed(f.id(), "ingest", f.message());
    }
    Article article = ((Ingested.Ok) item).article();
    if (article.documentDate() == null && fallbackDate != null) {
      article = article.withDocumentDate(fallbackDate);
    }
    try {
      return Outcome.ok(article.id(), ArticleJson.toJson(pipeline.run(article)));
    } catch (StageException e) {
      return Outcome.failed(article.id(), e.stage(), e.getMessage());
    } catch (OutOfMemoryError e) {
      return Outcome.failed(article.id(), "nlp", "out of memory on this document");
    }
  }

  /** A processed document: its record, and the failing stage and reason when it failed. */
  public record Outcome(String id, ObjectNode record, String failedStage, String message) {
    static Outcome ok(String id, ObjectNode record) {
      return new Outcome(id, record, null, null);
    }

    public static Outcome failed(String id, String stage, String message) {
      return new Outcome(id, ArticleJson.error(id, stage, message), stage, message);
    }

    public boolean succeeded() {
      return failedStage == null;
    }
  }
}
