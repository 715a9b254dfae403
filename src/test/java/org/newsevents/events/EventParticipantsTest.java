package org.newsevents.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsevents.events.EventConstructionsTest.events;
import static org.newsevents.events.EventConstructionsTest.withLemma;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.EventTriple;

/**
 * Who takes part in an event, pinned on real sentences from the seeds and the MEANTIME dev articles:
 * event nouns and the roles their prepositions give, made things as participants, restated acts, and
 * the arguments a misattached participle takes from its verb.
 */
class EventParticipantsTest {
  private static long count(List<EventTriple> events, String lemma) {
    return events.stream().filter(e -> e.predicate().lemma().equals(lemma)).count();
  }

  @Test
  void aDisputeBetweenTwoPartiesHasTheFirstForSubjectAndTheSecondForObject() {
    EventTriple dispute = withLemma(events("The order , which is believed to be worth $ 15 billion , has given a boost "
        + "to an otherwise disappointing Paris Air Show , which had been dominated by a state aid dispute between "
        + "Airbus and Boeing .", "2007-06-19"), "dispute");
    assertEquals("Airbus", dispute.subject().text());
    assertEquals("Boeing", dispute.object().text());
  }

  @Test
  void anOrderComesFromItsMakerAndAChoiceIsItsPossessorsOfWhatItsOfPhraseNames() {
    EventTriple order = withLemma(events("European aircraft manufacturer , Airbus , has won an order from Qatar Airways "
        + "for up to 60 of its new mid-sized A350 jets .", "2007-06-19"), "order");
    assertEquals("Qatar Airways", order.subject().text());
    EventTriple choice = withLemma(events("Ryanair CEO , Michael O' Leary , justified his choice of Boeing by saying , "
        + "`` The Boeing 737-800 has the best technical reliability . ''", "2005-06-01"), "choice");
    assertEquals("his", choice.subject().text());
    assertEquals("Boeing", choice.object().text());
  }

  @Test
  void aHappeningNounWithANamedThingBeforeItIsWhatHappensToThatThing() {
    EventTriple disaster = withLemma(events("Airbus offers funding to search for black boxes from Air France disaster",
        "2009-07-01"), "disaster");
    assertNull(disaster.subject());
    assertEquals("Air France", disaster.object().text());
  }

  @Test
  void aTypedEventNounNamingAPartyToAnEarlierEventOfItsTypeRepeatsIt() {
    List<EventTriple> events = events("His meeting with Vulin took place on May 14.\n\nThe fact that the “color "
        + "revolutions” are the subject of talks between Vulin and Patrushev is in the official statement of the "
        + "Serbian Ministry of the Interior.", "2021-12-10");
    assertEquals(0, count(events, "talk"), events.toString());
  }

  @Test
  void aMadeThingIsAParticipantTheNewsIsAbout() {
    List<EventTriple> events = events("As the jet was being pushed back by a Thai Airways International tug operator , "
        + "the left winglet struck the side of the hangar , and was crumpled against it .", "2007-03-20");
    EventTriple struck = withLemma(events, "strike");
    assertEquals("the left winglet", struck.subject().text());
    assertEquals("the side of the hangar", struck.object().text());
    EventTriple crumpled = withLemma(events, "crumple");
    assertNull(crumpled.subject());
    assertEquals("the left winglet", crumpled.object().text());
  }

  @Test
  void oneActorDoingOneActTwiceInASentenceIsOneEvent() {
    List<EventTriple> events = events("\"There was only thing I have asked the Russian ambassador today  I've only asked "
        + "him - Why?\"", "2019-11-22");
    assertEquals(1, count(events, "ask"), events.toString());
    assertEquals("the Russian ambassador", withLemma(events, "ask").object().text());
  }

  @Test
  void aCoordinatedVerbSharesItsFirstConjunctsAuxiliary() {
    List<EventTriple> events = events("Serbia depends on Russian oil and gas, and it wants to join the TurkStream gas "
        + "pipeline that would bypass Ukraine and carry Russian gas to European markets.", "2019-11-22");
    assertEquals(0, count(events, "carry"), "a possibility, as 'would bypass' is: " + events);
    assertEquals(0, count(events, "bypass"), events.toString());
  }

  @Test
  void theObjectAParticipleTookForItsSubjectIsTheVerbsObject() {
    EventTriple defended = withLemma(events("Serbian President Aleksandar Vučić, who visited Moscow this month for "
        + "Russia’s annual Victory Day military parade, has defended the exports as legal transactions fulfilled "
        + "through intermediaries such as the United States, Spain and the Czech Republic.", "2025-05-30"), "defend");
    assertTrue(defended.object().text().startsWith("the exports"), defended.toString());
  }

  @Test
  void aPassiveHungOnAParticipleIsAboutThatParticiplesSubject() {
    EventTriple handed = withLemma(events("Footage of a meeting of Russian opposition leaders taped by the Serbian "
        + "Security Intelligence Agency in Belgrade in May was handed over by Serbian Interior Minister Alexander Vulin "
        + "to Russian National Security Secretary Nikolai Patrushev in Moscow, Serbian portal reported on December 8.",
        "2021-12-10"), "hand over");
    assertTrue(handed.object().text().startsWith("Footage"), handed.toString());
    assertTrue(handed.subject().text().endsWith("Alexander Vulin"), handed.toString());
  }

  @Test
  void aVerbCoordinatedByACommaAloneSharesTheSubjectOfTheVerbBeforeIt() {
    EventTriple announces = withLemma(events("Apple releases iPhone SDK , announces upcoming update", "2008-03-07"),
        "announce");
    assertEquals("Apple", announces.subject().text());
    assertEquals("upcoming update", announces.object().text());
  }

  @Test
  void aNominalEventAVerbTakesItsCategoryFromIsAnotherAct() {
    List<EventTriple> events = events("The GAO upheld Boeing 's protest , though not all of their individual claims "
        + "were upheld .", "2008-06-19");
    EventTriple protest = withLemma(events, "protest");
    assertEquals("Boeing", protest.subject().text());
    assertTrue(events.stream().anyMatch(e -> e.predicate().lemma().equals("uphold")), events.toString());
  }

  @Test
  void peopleInARoleCanActAndAMarketFigureIsAParticipant() {
    EventTriple record = withLemma(events("Features new to the iPhone include an upgraded camera , which also allows "
        + "users to record video and sound .", "2009-06-09"), "record");
    assertEquals("users", record.subject().text());
    EventTriple reduced = withLemma(events("The price for the iPhone has also been reduced to $ 199 in the US , with "
        + "prices in other countries equal or below that of within the US .", "2008-06-09"), "reduce");
    assertNull(reduced.subject());
    assertEquals("The price for the iPhone", reduced.object().text());
  }

  @Test
  void theActorChosenDoesTheTaskItIsChosenFor() {
    EventTriple build = withLemma(events("When the Air Force selected Los Angeles based Northrop Grumman on February 29 "
        + "to build the aircraft , Boeing challenged the award in a formal protest before the GAO .", "2008-06-19"),
        "build");
    assertTrue(build.subject().text().endsWith("Northrop Grumman"), build.toString());
  }

  @Test
  void theActorAfterAFrontedPhraseIsTheSubjectNotItsApposition() {
    EventTriple introduced = withLemma(events("At the company 's own Worldwide Developers Conference ( WWDC ) keynote at "
        + "the Moscone West center in San Francisco , Apple CEO Steve Jobs introduced the next generation of software "
        + "products from Apple .", "2011-06-07"), "introduce");
    assertEquals("Apple CEO Steve Jobs", introduced.subject().text());
  }

  @Test
  void anEventNounTakesThePrepositionItsPhraseOpensWith() {
    EventTriple order = withLemma(events("European aircraft manufacturer , Airbus , has won an order from Qatar Airways "
        + "for up to 60 of its new mid-sized A350 jets .", "2007-06-19"), "order");
    assertEquals("Qatar Airways", order.subject().text());
    assertNotNull(order.object(), order.toString());
    assertTrue(order.object().text().startsWith("up to 60"), order.toString());
  }

  @Test
  void whoIsInNegotiationsIsTheirAgent() {
    EventTriple talks = withLemma(events("Apple executives are in negotiations with film studios to arrange the deal "
        + "and settle on pricing structures .", "2006-09-01"), "negotiation");
    assertEquals("Apple executives", talks.subject().text());
    assertEquals("film studios", talks.object().text());
  }

  @Test
  void commonNounsCompoundedBeforeAnEventNounArePartOfItsName() {
    EventTriple cuts = withLemma(events("Airbus announces job cuts of 10,000", "2007-02-28"), "cut");
    assertEquals("job cuts", cuts.predicate().text());
    assertEquals("Airbus", cuts.subject().text());
    EventTriple invasion = withLemma(events("This crackdown was part of a broader European effort to weaken Russia’s "
        + "intelligence network following its full-scale invasion of Ukraine in 2022.", "2025-03-05"), "invasion");
    assertEquals("invasion", invasion.predicate().text(), "a hyphenated modifier is no part of the name");
  }

  @Test
  void toFileALawsuitIsOneAct() {
    List<EventTriple> events = events("This became the reason for Cisco to file a lawsuit against Apple Inc. so that the "
        + "latter would stop selling the device .", "2007-01-11");
    assertEquals("file a lawsuit", withLemma(events, "file").predicate().text());
    assertEquals(0, count(events, "lawsuit"), events.toString());
  }

  @Test
  void aThingThatCausesAChangeIsNoAgentOfIt() {
    EventTriple decrease = withLemma(events("The statement caused a sharp decrease of Apple share prices in foreign markets , "
        + "while US markets were closed in honor of Martin Luther King .", "2009-01-14"), "decrease");
    assertNull(decrease.subject(), decrease.toString());
    assertEquals("Apple share prices", decrease.object().text());
    EventTriple rerun = withLemma(events("Government Accountability Office requests rerun of US Air Force tanker bid",
        "2008-06-19"), "rerun");
    assertEquals("US Air Force tanker bid", rerun.object().text());
  }

  @Test
  void aProblemOnAThingIsAboutIt() {
    EventTriple problem = withLemma(events("Technical problem on Airbus A400M maiden flight", "2009-12-20"), "problem");
    assertEquals("Airbus A400M maiden flight", problem.object().text());
  }

  @Test
  void aByAgentAfterTwoCoordinatedPassivesIsBoth() {
    EventTriple purchased = withLemma(events("In China , airliners are selected and purchased by the government , which then "
        + "distributes them to different airlines .", "2005-01-28"), "purchase");
    assertEquals("the government", purchased.subject().text());
    assertEquals("airliners", purchased.object().text());
  }
}
