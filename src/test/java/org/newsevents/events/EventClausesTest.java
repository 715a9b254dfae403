package org.newsevents.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsevents.events.EventConstructionsTest.events;
import static org.newsevents.events.EventConstructionsTest.withLemma;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.EventTriple;

/**
 * Which clauses are events and who reports them, pinned on real sentences from the seeds and the
 * MEANTIME dev articles: verbs of trying, stated requirements, a speaker after an inverted verb of saying,
 * what a product comes with or can do.
 */
class EventClausesTest {
  @Test
  void tryingToDoSomethingIsAnActBesideWhatIsTried() {
    List<EventTriple> events = events("During the event , company CEO Steve Jobs attempted to address reports by both "
        + "consumers and the media of signal reception issues relating to the positioning of the phone 's antenna .",
        "2010-07-16");
    EventTriple attempt = withLemma(events, "attempt");
    assertTrue(attempt.subject().text().endsWith("Steve Jobs"), attempt.toString());
    assertTrue(withLemma(events, "address").subject().text().endsWith("Steve Jobs"), events.toString());
  }

  @Test
  void aRequirementInAnAgentlessPassiveIsNoDemand() {
    List<EventTriple> events = events("This model of administrative and judicial pressure against civil society and "
        + "independent media has been developed in Russia, where such organizations are required to label themselves "
        + "as ‘foreign agents’.", "2021-12-10");
    assertTrue(events.stream().noneMatch(e -> e.predicate().lemma().equals("require")), events.toString());
  }

  @Test
  void theSpeakerAfterAnInvertedVerbOfSayingReportsTheQuotation() {
    List<EventTriple> events = events("`` We 've reduced our airplane-design effort and are focusing more on the "
        + "technology breakthroughs , '' said Angers .", "2006-01-27");
    EventTriple reduced = withLemma(events, "reduce");
    assertNotNull(reduced.reportedBy(), reduced.toString());
    assertEquals("Angers", reduced.reportedBy().text());
    assertEquals("said", reduced.reportedBy().verb().text());
  }

  @Test
  void whatAProductComesWithOrCanDoSpecifiesIt() {
    EventTriple come = withLemma(events("The new phone will also come pre-loaded with the new iPhone 3.0 software , "
        + "which will be available on June 17 , two days before the phone launches .", "2009-06-09"), "come");
    assertEquals("The new phone", come.object().text(), "a thing that comes is the theme: " + come);
    EventTriple nano = withLemma(events("The iPod Nano comes in two colors , white and black , as well as two sizes , "
        + "a 2GB and a 4GB , capable of holding 500 and 1,000 songs and will cost $ 199 and $ 249 USD respectively .",
        "2005-09-08"), "come");
    assertEquals("The iPod Nano", nano.object().text(), "a product name is no person: " + nano);
    EventTriple fly = withLemma(events("The aircraft can fly from New York to Singapore and from Los Angeles to Dubai "
        + "with a full passenger and luggage load non-stop .", "2005-02-15"), "fly");
    assertEquals("The aircraft", fly.object().text(), fly.toString());
  }

  @Test
  void whatAModelHasOrComesInSpecifiesIt() {
    EventTriple has = withLemma(events("The Boeing 737-800 has the best technical reliability .", "2006-03-02"), "have");
    assertEquals("The Boeing 737-800", has.subject().text());
    EventTriple comes = withLemma(events("It comes in two colors : Black ( 2 GHz model only ) and White ( 1.83 and 2 "
        + "GHz models ) .", "2006-05-16"), "come");
    assertEquals("It", comes.object().text(), comes.toString());
    List<EventTriple> deal = events("The Air Canada deal includes firm orders for 18 777s .", "2005-04-26");
    assertTrue(deal.stream().noneMatch(e -> e.predicate().lemma().equals("include")), "a deal is no product: " + deal);
  }

  @Test
  void whatCanBeDoneOnAProductOrWhereAThingCanTravelSpecifiesIt() {
    List<EventTriple> stored = events("On the 30GB iPod , 75 hours of video at a resolution of 320x240 can be stored , "
        + "and on the 60GB iPod , 150 hours can be stored .", "2005-10-12").stream()
        .filter(e -> e.predicate().lemma().equals("store")).toList();
    assertEquals(2, stored.size(), stored.toString());
    assertEquals("150 hours", stored.get(1).object().text());
    EventTriple fly = withLemma(events("Although it can fly from London to Sydney non-stop , the 777-200LR will have to "
        + "break its return journey to refuel due to direction of the prevailing winds in the upper atmosphere .",
        "2005-02-15"), "fly");
    assertEquals("it", fly.object().text(), "what travels is the theme: " + fly);
  }

  @Test
  void anAgeIsNoObject() {
    EventTriple dies = withLemma(events("Apple Inc. co-founder Steve Jobs dies aged 56", "2011-10-06"), "die");
    assertEquals("Apple Inc. co-founder Steve Jobs", dies.object().text(), dies.toString());
  }

  @Test
  void anImpersonalPassiveHedgesTheClauseItFrames() {
    List<EventTriple> events = events("It is expected that films will retail for around $ 9.99 US dollars , although "
        + "some studios are reported to want to set a higher price .", "2006-09-01");
    assertTrue(events.stream().noneMatch(e -> e.predicate().lemma().equals("expect")), events.toString());
    assertEquals("films", withLemma(events, "retail").subject().text());
  }

  @Test
  void whoIsQuotedAsSayingSaysIt() {
    List<EventTriple> events = events("`` We do not need to buy aircraft from Europe as long as the flying ban stays "
        + "unrevoked , '' Detik.com quoted Djamal as saying , although Xinhua translated the quote as : `` As long as the "
        + "ban is still in place , it is better we do not buy aircraft ] from Europe . ''", "2007-07-10");
    List<EventTriple> said = events.stream().filter(e -> e.reportedBy() != null && e.reportedBy().verb() != null
        && e.reportedBy().verb().text().equals("saying")).toList();
    assertTrue(!said.isEmpty(), events.toString());
    assertEquals("Djamal", said.get(0).reportedBy().text());
  }

  @Test
  void aVerbOfSayingThatActsOnAThingReportsNothing() {
    List<EventTriple> events = events("Any members of the iPhone Developer Program can add applications to the store for "
        + "free ; the program costs $ 99 ( USD ) to join .", "2008-03-07");
    assertTrue(events.stream().noneMatch(e -> e.reportedBy() != null), events.toString());
  }
}
