package org.newsevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four lines: title, story, an appeal (gold boilerplate), story. The prediction removes the last
 * story line and keeps the appeal. Words kept: title story one here subscribe now (6); gold story:
 * title story one here story two (6); shared: title story one here (4). So P = R = 4/6.
 */
class BoilerplateScorerTest {
  static final String TEXT = "Title\nStory one here.\nSubscribe now!\nStory two.\n";

  @Test
  void wordsLinesAndBothErrorKinds() {
    GoldDocument gold = HandMade.gold(TEXT, "Title\nStory one here.\nStory two.\n", List.of(new Region(22, 36)),
        List.of(), List.of(), List.of(), List.of());
    OutputRecord predicted = HandMade.record(
        "{'id':'doc','text':'Title\\nStory one here.\\nSubscribe now!','boilerplate':[{'start':37,'end':47,'reason':'x'}]}");
    BoilerplateScorer scorer = new BoilerplateScorer();
    scorer.add(gold, predicted);
    StageReport r = scorer.report("boilerplate", 10);

    PrecisionRecall words = r.row("words (pooled)").counts();
    assertEquals(4.0 / 6, words.precision(), 1e-9);
    assertEquals(4.0 / 6, words.recall(), 1e-9);
    assertEquals(4.0 / 6, words.f1(), 1e-9);
    assertEquals(2.0 / 6, r.figure("story words lost").value(), 1e-9);
    assertEquals(2.0 / 6, r.figure("boilerplate words kept").value(), 1e-9);

    PrecisionRecall lines = r.row("boilerplate lines").counts();
    assertEquals(0, lines.matchedGold());
    assertEquals(1, lines.predicted());
    assertEquals(1, lines.gold());
    assertEquals(1.0 / 3, r.figure("story lines lost").value(), 1e-9);
    assertEquals(1.0, r.figure("boilerplate lines kept").value(), 1e-9);

    assertEquals(List.of("boilerplate kept:Subscribe now!", "story lost:Story two."),
        r.worst().stream().map(m -> m.kind() + ":" + m.text()).toList());
  }

  @Test
  void withoutLineGoldTheLinesMostlyOffTheStoryAreBlamed() {
    GoldDocument gold = new GoldDocument(new org.newsevents.model.Article("p", null, null, "x", null, "t"),
        org.newsevents.pipeline.PipelineOptions.standard(), java.util.Set.of(Stage.BOILERPLATE),
        "Rain fell all day in the city.", null, List.of(), List.of(), List.of(), List.of(), false, null);
    OutputRecord predicted = HandMade.record("{'id':'p','text':'Sign up for our newsletter\\nRain fell all day'}");
    BoilerplateScorer scorer = new BoilerplateScorer();
    scorer.add(gold, predicted);
    StageReport r = scorer.report("boilerplate", 10);
    // kept 9 words, gold 7, shared rain fell all day = 4.
    assertEquals(4.0 / 9, r.row("words (pooled)").counts().precision(), 1e-9);
    assertEquals(4.0 / 7, r.row("words (pooled)").counts().recall(), 1e-9);
    assertEquals(List.of("boilerplate kept:Sign up for our newsletter"),
        r.worst().stream().map(m -> m.kind() + ":" + m.text()).toList());
  }
}
