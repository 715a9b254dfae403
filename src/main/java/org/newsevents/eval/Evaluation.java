package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Scores predictions on gold documents: each document goes to the scorers of the stages its gold covers. */
public final class Evaluation {
  private Evaluation() {}

  /**
   * @param worst how many of the worst misses to keep per stage
   * @param sink  receives every record scored (for {@code --save-predictions}); may be null
   */
  public static EvaluationRun run(String label, List<GoldDocument> gold, Predictions predictions, int worst,
                                  Consumer<JsonNode> sink) {
    Map<Stage, StageScorer> scorers = new EnumMap<>(Stage.class);
    int failed = 0;
    int missing = 0;
    for (GoldDocument doc : gold) {
      JsonNode json = predictions.predict(doc);
      OutputRecord record;
      if (json == null) {
        missing++;
        record = OutputRecord.empty(doc.id());
      } else {
        if (sink != null) {
          sink.accept(json);
        }
        record = new OutputRecord(json);
        failed += record.failedStage() != null ? 1 : 0;
      }
      for (Stage stage : doc.stages()) {
        scorers.computeIfAbsent(stage, Evaluation::scorer).add(doc, record);
      }
    }
    List<StageReport> reports = new ArrayList<>();
    for (StageScorer s : scorers.values()) {
      reports.add(s.report(s.stage().label(), worst));
    }
    return new EvaluationRun(label, predictions.label(), gold.size(), failed, missing, reports);
  }

  static StageScorer scorer(Stage stage) {
    return switch (stage) {
      case BOILERPLATE -> new BoilerplateScorer();
      case ENTITIES -> new EntityScorer();
      case GROUPING -> new GroupingScorer();
      case TIMEXES -> new TimexScorer();
      case EVENTS -> new EventScorer();
    };
  }
}
