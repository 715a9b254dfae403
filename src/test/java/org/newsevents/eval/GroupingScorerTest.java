package org.newsevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four gold entities. Aleksandar Vucic comes out whole and right; Serbia is split in two; Putin comes
 * out whole but named "Vladimir Putin"; Russia comes out whole but typed ORGANIZATION. Exactly one
 * predicted entity: 3 of 4; right type: 2 (Vucic, Putin); right name: 2 (Vucic, Russia); both: 1.
 */
class GroupingScorerTest {
  static GoldSpan m(int start, int end) {
    return new GoldSpan(start, end, null, "");
  }

  @Test
  void exactlyOnePredictedEntityWithTypeAndName() {
    GoldDocument gold = HandMade.gold("x".repeat(100), null, null, List.of(), List.of(
        new GoldEntity("PERSON", "Aleksandar Vucic", List.of(m(0, 16), m(30, 35))),
        new GoldEntity("LOCATION", "Serbia", List.of(m(40, 46), m(60, 66))),
        new GoldEntity("PERSON", "Putin", List.of(m(70, 75))),
        new GoldEntity("LOCATION", "Russia", List.of(m(80, 86), m(90, 96)))), List.of(), List.of());
    OutputRecord predicted = HandMade.record("{'id':'doc','entities':["
        + "{'id':'e1','type':'PERSON','name':'Aleksandar Vučić','mentions':[{'start':0,'end':16},{'start':30,'end':35}]},"
        + "{'id':'e2','type':'LOCATION','name':'Serbia','mentions':[{'start':40,'end':46}]},"
        + "{'id':'e3','type':'LOCATION','name':'Serbia','mentions':[{'start':60,'end':66}]},"
        + "{'id':'e4','type':'PERSON','name':'Vladimir Putin','mentions':[{'start':70,'end':75}]},"
        + "{'id':'e5','type':'ORGANIZATION','name':'Russia','mentions':[{'start':80,'end':86},{'start':90,'end':96}]}]}");
    GroupingScorer scorer = new GroupingScorer();
    scorer.add(gold, predicted);
    StageReport r = scorer.report("entity grouping", 10);

    assertEquals(0.75, r.figure("exactly one predicted entity").value(), 1e-9);
    assertEquals(0.5, r.figure("... with the right type").value(), 1e-9);
    assertEquals(0.5, r.figure("... with the right canonical name").value(), 1e-9);
    assertEquals(0.25, r.figure("... with both right").value(), 1e-9);
    assertEquals(0.25, r.figure("split").value(), 1e-9);
  }

  @Test
  void oneEntityCoveringTwoGoldEntitiesIsAMerge() {
    GoldDocument gold = HandMade.gold("x".repeat(50), null, null, List.of(), List.of(
        new GoldEntity("LOCATION", "Serbia", List.of(m(0, 6))),
        new GoldEntity("NATIONALITY", "Serbian", List.of(m(10, 17)))), List.of(), List.of());
    OutputRecord predicted = HandMade.record("{'id':'doc','entities':["
        + "{'id':'e1','type':'LOCATION','name':'Serbia','mentions':[{'start':0,'end':6},{'start':10,'end':17}]}]}");
    GroupingScorer scorer = new GroupingScorer();
    scorer.add(gold, predicted);
    StageReport r = scorer.report("entity grouping", 10);
    assertEquals(0.0, r.figure("exactly one predicted entity").value(), 1e-9);
    assertEquals(1.0, r.figure("merged with another").value(), 1e-9);
  }
}
