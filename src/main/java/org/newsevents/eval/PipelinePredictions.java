package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.newsevents.model.StageException;
import org.newsevents.output.ArticleJson;
import org.newsevents.pipeline.Pipelines;

/** Runs the pipeline on the gold document's own text and date, configured the way the gold needs. */
public final class PipelinePredictions implements Predictions {
  @Override
  public String label() {
    return "pipeline";
  }

  @Override
  public JsonNode predict(GoldDocument gold) {
    try {
      return ArticleJson.toJson(Pipelines.get(gold.options()).run(gold.article()));
    } catch (StageException e) {
      return ArticleJson.error(gold.id(), e.stage(), e.getMessage());
    }
  }
}
