package org.newsevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Russia's intelligence service has accused Serbia's defence industry." Gold: accused (35-42),
 * subject "Russia's intelligence service", object "Serbia", DISAPPROVE, 2025-05-29; and a second gold
 * event whose predicate could not be located. Predicted: "has accused" with subject "the service" and
 * object entity e1 (named Serbia), DISAPPROVE, undated; and a spurious "was" event. One match of two
 * predictions and two gold events: P = R = 1/2; type right, date wrong.
 */
class EventScorerTest {
  static final String TEXT = "Russia's intelligence service has accused Serbia's defence industry.";

  @Test
  void lenientTriplesWithTypeAndDateOverTheMatches() {
    GoldEvent accused = new GoldEvent(35, 42, "accused", new GoldArgument("Russia's intelligence service", null),
        new GoldArgument("Serbia", "Serbia"), "DISAPPROVE", "2025-05-29");
    GoldEvent lost = new GoldEvent(-1, -1, "denied", null, null, "REJECT", null);
    GoldDocument gold = HandMade.gold(TEXT, null, null, List.of(), List.of(), List.of(), List.of(accused, lost));
    OutputRecord predicted = HandMade.record("{'id':'doc',"
        + "'entities':[{'id':'e1','type':'LOCATION','name':'Serbia','mentions':[{'start':42,'end':48}]}],"
        + "'events':[{'predicate':{'text':'has accused','start':31,'end':42},"
        + "'subject':{'text':'the service','entity':null},"
        + "'object':{'text':'defence industry','entity':'e1'},'type':'DISAPPROVE','date':null},"
        + "{'predicate':{'text':'was','start':0,'end':3},'subject':null,'object':null,'type':'OTHER','date':null}]}");
    EventScorer scorer = new EventScorer();
    scorer.add(gold, predicted);
    StageReport r = scorer.report("events", 10);

    assertEquals(new PrecisionRecall(1, 2, 1, 2), r.row("lenient triples").counts());
    assertEquals(1.0, r.figure("type accuracy").value(), 1e-9);
    assertEquals(0.0, r.figure("date accuracy").value(), 1e-9);
    assertEquals(0.5, r.figure("gold events not located in the text").value(), 1e-9);
  }

  @Test
  void theGoldPredicateMustLieInThePredictedOneAndEachGoldArgumentShareAContentWord() {
    GoldEvent g = new GoldEvent(35, 42, "accused", new GoldArgument("the intelligence service", null), null,
        null, null);
    OutputRecord.Event inside = new OutputRecord.Event(31, 42, "has accused",
        new OutputRecord.Argument("Russian intelligence", null), null, null, null);
    OutputRecord.Event outside = new OutputRecord.Event(31, 34, "has",
        new OutputRecord.Argument("Russian intelligence", null), null, null, null);
    OutputRecord.Event onlyTheShared = new OutputRecord.Event(31, 42, "has accused",
        new OutputRecord.Argument("the agency", null), null, null, null);
    OutputRecord.Event noSubject = new OutputRecord.Event(31, 42, "has accused", null, null, null, null);
    assertTrue(EventScorer.matches(g, inside));
    assertFalse(EventScorer.matches(g, outside));
    assertFalse(EventScorer.matches(g, onlyTheShared), "'the' is not a content word");
    assertFalse(EventScorer.matches(g, noSubject));
    // A gold event without an object matches whatever object is predicted.
    assertTrue(EventScorer.matches(g, new OutputRecord.Event(35, 42, "accused",
        new OutputRecord.Argument("service", null), new OutputRecord.Argument("Serbia", null), null, null)));
  }

  /**
   * MEANTIME, "Airbus has not yet confirmed the order , the company said .": gold events "confirmed"
   * and "said" (Arg0 "the company"). The prediction is one event, "has not yet confirmed", reported by
   * "the company" through "said": where the gold annotates speech acts, the reporting verb is scored as
   * a triple of its own; in the project's gold it is not.
   */
  @Test
  void aReportingVerbIsASpeechActTripleWhereTheGoldAnnotatesSpeechActs() {
    String text = "Airbus has not yet confirmed the order , the company said .";
    GoldEvent confirmed = new GoldEvent(19, 28, "confirmed", new GoldArgument("Airbus", null), null, null, null);
    GoldEvent said = new GoldEvent(53, 57, "said", new GoldArgument("the company", null), null, null, null);
    OutputRecord predicted = HandMade.record("{'id':'doc','events':[{'predicate':{'text':'has not yet confirmed',"
        + "'start':7,'end':28},'subject':{'text':'Airbus','entity':null},'object':{'text':'the order','entity':null},"
        + "'type':'OTHER','date':null,'reportedBy':{'text':'the company','entity':null,"
        + "'verb':{'text':'said','lemma':'say','start':53,'end':57}}}]}");
    GoldDocument project = HandMade.gold(text, null, null, List.of(), List.of(), List.of(), List.of(confirmed, said));
    GoldDocument meantime = new GoldDocument(project.article(), project.options(), project.stages(), null, null,
        List.of(), List.of(), List.of(), List.of(confirmed, said), false, null, true);

    EventScorer folded = new EventScorer();
    folded.add(project, predicted);
    assertEquals(new PrecisionRecall(1, 1, 1, 2), folded.report("events", 0).row("lenient triples").counts());
    EventScorer acts = new EventScorer();
    acts.add(meantime, predicted);
    assertEquals(new PrecisionRecall(2, 2, 2, 2), acts.report("events", 0).row("lenient triples").counts());
  }

  /**
   * MEANTIME, "it has signed a contract": the gold leaves "it" unresolved; a prediction that resolves
   * it to the entity Air Canada still has the word "it". A gold that does resolve it (the project's
   * "it" = Serbia) asks for the name.
   */
  @Test
  void aResolvedPronounStillMatchesAGoldThatLeavesItUnresolved() {
    OutputRecord.Argument resolved = new OutputRecord.Argument("it", "Air Canada");
    assertTrue(EventScorer.argumentMatches(new GoldArgument("it", null), resolved));
    assertFalse(EventScorer.argumentMatches(new GoldArgument("it", "Serbia"), resolved));
    assertFalse(EventScorer.argumentMatches(new GoldArgument("it", "Serbia"), new OutputRecord.Argument("it", null)));
    assertTrue(EventScorer.argumentMatches(new GoldArgument("it", "Serbia"), new OutputRecord.Argument("it", "Serbia")));
  }
}
