package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.model.StageException;
import org.newsevents.output.ArticleJson;
import org.newsevents.pipeline.Pipelines;

/** Runs the pipeline on the gold document's own text and date, configured the way the gold needs. */
public final class PipelinePredictions implements Predictions {
  // The article-extraction benchmark is read two ways that may give the same text: run it once.
  private final Map<List<Object>, JsonNode> done = new HashMap<>();

  @Override
  public String label() {
    return "pipeline";
  }

  @Override
  public JsonNode predict(GoldDocument gold) {
    LocalDate date = gold.article().documentDate();
    return done.computeIfAbsent(Arrays.asList(gold.id(), gold.article().text(), date, gold.options()),
        k -> run(gold));
  }

  private static JsonNode run(GoldDocument gold) {
    try {
      return ArticleJson.toJson(Pipelines.get(gold.options()).run(gold.article()));
    } catch (StageException e) {
      return ArticleJson.error(gold.id(), e.stage(), e.getMessage());
    }
  }
}
