package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.newsevents.model.StageException;
import org.newsevents.output.ArticleJson;
import org.newsevents.pipeline.PipelineOptions;
import org.newsevents.pipeline.Pipelines;

/** The pipeline with boilerplate removal switched off: the baseline the cleaner is measured against. */
public final class NoStrippingPredictions implements Predictions {
  public static final String NAME = "no-stripping";

  @Override
  public String label() {
    return NAME;
  }

  @Override
  public JsonNode predict(GoldDocument gold) {
    PipelineOptions asked = gold.options();
    try {
      return ArticleJson.toJson(Pipelines.get(new PipelineOptions(false, asked.pretokenized(), asked.analyse()))
          .run(gold.article()));
    } catch (StageException e) {
      return ArticleJson.error(gold.id(), e.stage(), e.getMessage());
    }
  }
}
