package org.newsevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance check of issue #3: stock CoreNLP 4.5.10 on the 579 non-DCT TIMEX3 of
 * TBAQ-cleaned/AQUAINT scored strict F1 0.724, relaxed F1 0.864, value F1 0.653 and type F1 0.757 by
 * the TempEval-3 definitions. The evaluate command must reproduce them within 0.01, both on a live
 * baseline run and on the saved predictions of that run.
 */
class TempEval3CheckTest {
  static final Path AQUAINT = Path.of("../shared/datasets/tempeval3/TBAQ-cleaned/AQUAINT");
  static List<GoldDocument> gold;
  static EvaluationRun live;
  static Path saved;

  @BeforeAll
  static void runBaseline(@TempDir Path dir) throws IOException {
    gold = new TimeMlGoldReader().read(AQUAINT);
    List<JsonNode> records = new ArrayList<>();
    live = Evaluation.run("timeml", gold, new StockSutimePredictions(), 5, records::add);
    saved = dir.resolve("stock-sutime.jsonl");
    Files.write(saved, records.stream().map(JsonNode::toString).toList());
  }

  static void assertOfficialFigures(StageReport timexes) {
    assertEquals(579, timexes.row("strict").counts().gold());
    assertEquals(0.724, timexes.row("strict").counts().f1(), 0.01);
    assertEquals(0.864, timexes.row("relaxed").counts().f1(), 0.01);
    assertEquals(0.653, timexes.figure("value F1").value(), 0.01);
    assertEquals(0.757, timexes.figure("type F1").value(), 0.01);
  }

  @Test
  void liveBaselineRunReproducesTheFourFigures() {
    assertOfficialFigures(live.stage(Stage.TIMEXES));
  }

  @Test
  void savedPredictionsScoreTheSame() throws IOException {
    EvaluationRun fromFile = Evaluation.run("timeml", gold, new SavedPredictions(saved), 5, null);
    assertEquals(0, fromFile.missing());
    assertOfficialFigures(fromFile.stage(Stage.TIMEXES));
    assertEquals(live.stage(Stage.TIMEXES).rows(), fromFile.stage(Stage.TIMEXES).rows());
  }
}
