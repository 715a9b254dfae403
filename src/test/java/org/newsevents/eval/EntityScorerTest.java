package org.newsevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Vucic met Putin in Moscow ." Gold: Vucic PER, Putin PER, Moscow LOC. Predicted: Vucic PERSON
 * (right), Putin ORGANIZATION (wrong type), "in Moscow" LOCATION (wrong span), "met" MISC (spurious).
 * One of four predictions is right and one of three gold names is found.
 */
class EntityScorerTest {
  static final String TEXT = "Vucic met Putin in Moscow .";

  @Test
  void exactSpanAndTypeMatchingPerTypeAndOverall() {
    GoldDocument gold = HandMade.gold(TEXT, null, null,
        List.of(new GoldSpan(0, 5, "PER", "Vucic"), new GoldSpan(10, 15, "PER", "Putin"),
            new GoldSpan(19, 25, "LOC", "Moscow")), List.of(), List.of(), List.of());
    OutputRecord predicted = HandMade.record("{'id':'doc','entities':["
        + "{'id':'e1','type':'PERSON','name':'Vucic','mentions':[{'start':0,'end':5}]},"
        + "{'id':'e2','type':'ORGANIZATION','name':'Putin','mentions':[{'start':10,'end':15}]},"
        + "{'id':'e3','type':'LOCATION','name':'in Moscow','mentions':[{'start':16,'end':25}]},"
        + "{'id':'e4','type':'NATIONALITY','name':'met','mentions':[{'start':6,'end':9}]}]}");
    EntityScorer scorer = new EntityScorer();
    scorer.add(gold, predicted);
    StageReport r = scorer.report("entities", 10);

    PrecisionRecall overall = r.row("overall").counts();
    assertEquals(0.25, overall.precision(), 1e-9);
    assertEquals(1.0 / 3, overall.recall(), 1e-9);
    assertEquals(2 * 0.25 * (1.0 / 3) / (0.25 + 1.0 / 3), overall.f1(), 1e-9);
    assertEquals(PrecisionRecall.of(1, 1, 2), r.row("PER").counts());
    assertEquals(PrecisionRecall.of(0, 1, 0), r.row("ORG").counts());
    assertEquals(PrecisionRecall.of(0, 1, 1), r.row("LOC").counts());
    // NATIONALITY is scored as MISC.
    assertEquals(PrecisionRecall.of(0, 1, 0), r.row("MISC").counts());
    assertEquals(List.of("wrong type", "spurious", "spurious", "missed"),
        r.worst().stream().map(Miss::kind).toList());
  }

  @Test
  void ourTypesMapOntoConllLabels() {
    assertEquals("PER", ConllTypes.of("PERSON"));
    assertEquals("ORG", ConllTypes.of("ORGANIZATION"));
    assertEquals("LOC", ConllTypes.of("LOCATION"));
    assertEquals("MISC", ConllTypes.of("NATIONALITY"));
    assertEquals("MISC", ConllTypes.of("MISC"));
  }
}
