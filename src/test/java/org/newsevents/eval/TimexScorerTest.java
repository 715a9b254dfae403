package org.newsevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gold: "Friday" DATE 1998-08-07, "last week" DATE 1998-W31, "two days" DURATION P2D. Predicted:
 * "Friday" (same extent, right value), "week" inside "last week" (relaxed only, wrong value), and a
 * spurious "now". Strict 1/3 both ways; relaxed 2/3 both ways; value accuracy 1/2, type accuracy 2/2;
 * value F1 = 1/2 x 2/3 = 1/3 and type F1 = 2/3, as the TempEval-3 scorer computes them.
 */
class TimexScorerTest {
  @Test
  void strictRelaxedAndAttributeF1() {
    GoldDocument gold = HandMade.gold("x".repeat(60), null, null, List.of(), List.of(), List.of(
        new GoldTimex(10, 16, "Friday", "DATE", "1998-08-07"),
        new GoldTimex(20, 29, "last week", "DATE", "1998-W31"),
        new GoldTimex(40, 48, "two days", "DURATION", "P2D")), List.of());
    OutputRecord predicted = HandMade.record("{'id':'doc','timexes':["
        + "{'start':10,'end':16,'text':'Friday','type':'DATE','value':'1998-08-07'},"
        + "{'start':25,'end':29,'text':'week','type':'DATE','value':'1998-W32'},"
        + "{'start':50,'end':53,'text':'now','type':'DATE','value':'PRESENT_REF'}]}");
    TimexScorer scorer = new TimexScorer();
    scorer.add(gold, predicted);
    StageReport r = scorer.report("timexes", 10);

    assertEquals(1.0 / 3, r.row("strict").counts().f1(), 1e-9);
    assertEquals(2.0 / 3, r.row("relaxed").counts().precision(), 1e-9);
    assertEquals(2.0 / 3, r.row("relaxed").counts().recall(), 1e-9);
    assertEquals(0.5, r.figure("value accuracy").value(), 1e-9);
    assertEquals(1.0 / 3, r.figure("value F1").value(), 1e-9);
    assertEquals(2.0 / 3, r.figure("type F1").value(), 1e-9);
  }

  @Test
  void oneOverlappingPredictionPairsWithOneGoldOnly() {
    // "Friday morning" overlaps both gold "Friday" and gold "morning": one relaxed match, not two.
    GoldDocument gold = HandMade.gold("x".repeat(30), null, null, List.of(), List.of(), List.of(
        new GoldTimex(0, 6, "Friday", "DATE", "1998-08-07"),
        new GoldTimex(7, 14, "morning", "TIME", "1998-08-07TMO")), List.of());
    OutputRecord predicted = HandMade.record("{'id':'doc','timexes':["
        + "{'start':0,'end':14,'text':'Friday morning','type':'TIME','value':'1998-08-07TMO'}]}");
    TimexScorer scorer = new TimexScorer();
    scorer.add(gold, predicted);
    StageReport r = scorer.report("timexes", 10);
    assertEquals(new PrecisionRecall(1, 1, 1, 2), r.row("relaxed").counts());
    assertEquals(0, r.row("strict").counts().matchedGold());
  }

  @Test
  void anInvalidDateIsRightWhenBothValuesAreNull() {
    GoldDocument gold = HandMade.gold("x".repeat(30), null, null, List.of(), List.of(),
        List.of(new GoldTimex(0, 7, "June 31", "DATE", null)), List.of());
    OutputRecord predicted = HandMade.record(
        "{'id':'doc','timexes':[{'start':0,'end':7,'text':'June 31','type':'DATE','value':null,'invalid':true}]}");
    TimexScorer scorer = new TimexScorer();
    scorer.add(gold, predicted);
    assertEquals(1.0, scorer.report("timexes", 0).figure("value accuracy").value(), 1e-9);
  }
}
