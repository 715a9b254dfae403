package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.List;
import org.newsevents.model.Article;
import org.newsevents.pipeline.PipelineOptions;

/** Small gold documents and output records written by hand for the scorer tests. */
final class HandMade {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HandMade() {}

  static GoldDocument gold(String text, String body, List<Region> boilerplateLines, List<GoldSpan> names,
                           List<GoldEntity> entities, List<GoldTimex> timexes, List<GoldEvent> events) {
    return new GoldDocument(new Article("doc", null, null, text, null, "test"), PipelineOptions.standard(),
        EnumSet.allOf(Stage.class), body, boilerplateLines, names, entities, timexes, events, true, null);
  }

  /** A record from JSON written with single quotes, for readability. */
  static OutputRecord record(String json) {
    try {
      JsonNode node = MAPPER.readTree(json.replace('\'', '"'));
      return new OutputRecord(node);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
