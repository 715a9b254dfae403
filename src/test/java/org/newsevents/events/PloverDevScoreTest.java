package org.newsevents.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsevents.model.Article;
import org.newsevents.pipeline.PipelineOptions;
import org.newsevents.pipeline.Pipelines;

/**
 * Scores the events stage on the PLOVER gold-standard dev records (source, event, target), as
 * {@link PloverRecords} defines it. The floors pin the figures measured when this test was last
 * raised, so a regression fails.
 */
class PloverDevScoreTest {
  private static final File RECORDS = new File("../shared/datasets/plover/PLOVER_GSR_CAMEO.dev.json");

  @Test
  void typeSourceAndTargetOnTheDevRecords() throws IOException {
    var records = new ObjectMapper().readTree(RECORDS);
    PloverRecords.Score s = PloverRecords.score(records, id -> {
      for (var r : records) {
        if (r.path("id").asText().equals(id)) {
          Article article = new Article(id, null, null, r.path("text").asText(), null, "plover");
          return Pipelines.get(PipelineOptions.uncleaned()).run(article);
        }
      }
      throw new IllegalArgumentException(id);
    });
    System.out.printf(Locale.ROOT, "PLOVER dev: %d records, type accuracy %.3f, source found %.3f, target found %.3f%n",
        s.records(), s.type(), s.source(), s.target());
    assertTrue(s.type() >= 0.76, "type accuracy " + s.type());
    assertTrue(s.source() >= 0.88, "source found " + s.source());
    assertTrue(s.target() >= 0.81, "target found " + s.target());
  }
}
