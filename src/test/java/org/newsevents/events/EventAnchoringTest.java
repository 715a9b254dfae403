package org.newsevents.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsevents.events.EventConstructionsTest.events;
import static org.newsevents.events.EventConstructionsTest.withLemma;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Entity;
import org.newsevents.model.EventTriple;

/**
 * Which clauses are events and what they are anchored to (subject, object, date), each rule pinned on a
 * real sentence from the seed articles or MEANTIME.
 */
class EventAnchoringTest {
  private static boolean none(List<EventTriple> events, String lemma) {
    return events.stream().noneMatch(e -> e.predicate().lemma().equals(lemma));
  }

  @Test
  void untypedActiveVerbWithoutSubjectIsNoEvent() {
    List<EventTriple> events = events("Speaking to state broadcaster RTS, Vucic stated that some of the claims were "
        + "untrue and that he had discussed the issue with Russian President Vladimir Putin during a visit to Moscow "
        + "earlier this month.", "2025-05-30");
    assertTrue(none(events, "speak"), events.toString());
    withLemma(events, "discuss");
  }

  @Test
  void agentlessPassiveStaysAnEvent() {
    List<EventTriple> events = events("The diplomat, who was among 20 Russians expelled from Belgium, has been "
        + "nominated to lead an important European security mission in Serbia.", "2025-03-05");
    EventTriple nominate = withLemma(events, "nominate");
    assertEquals(null, nominate.subject());
  }

  @Test
  void descriptiveParticipleOfANounIsNoEvent() {
    List<EventTriple> events = events("Aer Lingus already operates an all-Airbus fleet consisting of 30 short-haul "
        + "aircraft (24 A320s and 6 A321s) and eight long-haul A330s.", "2007-01-01");
    assertTrue(none(events, "consist"), events.toString());
    List<EventTriple> typed = events("On December 3, Serbian media outlet claimed the purpose of the visit was to "
        + "receive guidelines on how to deal with the massive protests across Serbia demanding protection of the "
        + "environment from a planned lithium mine and withdrawal of new law on referendum.", "2021-12-10");
    assertEquals("DEMAND", withLemma(typed, "demand").type());
  }

  @Test
  void stanceVerbOfSayingIsAnActTowardsTheReportedSubject() {
    List<EventTriple> events = events("Serbian President Vučić acknowledged the scale of exports but insisted they "
        + "were legal and facilitated through these intermediaries.", "2025-05-30");
    EventTriple insist = withLemma(events, "insist");
    assertEquals("REJECT", insist.type());
    assertEquals("they", insist.object().text());
    assertTrue(none(events, "say"));
  }

  @Test
  void trailingParticipleSharesTheSubjectAndDateOfItsClause() {
    List<EventTriple> events = events("Russia’s SVR also invoked shared Slavic heritage in its statement on Thursday, "
        + "accusing Serbia’s defense sector and unnamed “patrons” of seeking to “profit from the blood of fraternal "
        + "Slavic peoples.”", "2025-05-29");
    EventTriple accuse = withLemma(events, "accuse");
    assertNotNull(accuse.subject());
    assertTrue(accuse.subject().text().contains("SVR"), accuse.toString());
    assertEquals("DISAPPROVE", accuse.type());
    assertNotNull(accuse.date());
    assertEquals("2025-05-29", accuse.date().value());
  }

  @Test
  void measurePhraseParsedAsIndirectObjectIsTheObject() {
    EventTriple export = withLemma(events("Serbia exported 800 million euros ($908 million) worth of ammunition to "
        + "Ukraine via third countries since Russia launched its full-scale invasion in 2022, the Financial Times "
        + "reported last summer.", "2025-05-29"), "export");
    assertNotNull(export.object());
    assertTrue(export.object().text().contains("euros"), export.toString());
  }

  @Test
  void reportedCommitmentIsCodedByItsIntent() {
    EventTriple provide = withLemma(events("The United Nations will provide nearly 25,000 tons of emergency food aid to "
        + "refugees fleeing the civil war in Liberia, the World Food Program (WFP) said on Monday.", null), "provide");
    assertEquals("AGREE", provide.type());
    EventTriple boycott = withLemma(events("Palestinian leaders said they would boycott all official contact with the "
        + "United States.", null), "boycott");
    assertEquals("THREATEN", boycott.type());
  }

  @Test
  void reportedObligationIsADemand() {
    List<EventTriple> events = events("British Foreign Secretary Jack Straw said on Friday that the Sudanese "
        + "government and the rebels in Darfur must reach an agreement that stops the conflict for good before "
        + "developmental assistance to the region is released.", null);
    // the demand is the speaker's, on whoever the obligation binds; the obligated act keeps its own category
    EventTriple said = withLemma(events, "say");
    assertEquals("DEMAND", said.type());
    assertEquals("British Foreign Secretary Jack Straw", said.subject().text());
    assertEquals("the Sudanese government", said.object().text());
    assertEquals("AGREE", withLemma(events, "reach").type());
  }

  @Test
  void artilleryFireIsFightNotAssault() {
    EventTriple shell = withLemma(events("Israeli helicopters and tanks shelled positions of the Palestinian security "
        + "forces and residential areas near the town of Rafah.", null), "shell");
    assertEquals("FIGHT", shell.type());
  }

  @Test
  void allegationVerbIsADisapprovalOfWhomTheClaimIsAbout() {
    List<EventTriple> events = events("In Poland, authorities claim that Russia has been plotting potential terror "
        + "attacks, including attempts to disrupt air travel.", "2025-03-05");
    EventTriple claim = withLemma(events, "claim");
    assertEquals("DISAPPROVE", claim.type());
    assertEquals("Russia", claim.object().text());
    assertEquals("authorities", withLemma(events, "plot").reportedBy().text());
  }

  @Test
  void nameAfterItsTitleIsTheSubject() {
    EventTriple address = withLemma(events("On December 9 also, Russian journalist and opposition leader Vladimir "
        + "Kara-Murza addressed this close cooperation between the Serbian and Russian security forces in a statement "
        + "for Radio Free Europe (RFE).", "2021-12-10"), "address");
    assertTrue(address.subject().text().contains("Kara-Murza"), address.toString());
  }

  @Test
  void timexOfANounDatesTheNounUnlessItIsTheOccasion() {
    EventTriple export = withLemma(events("According to a report by The Financial Times in June 2024, Serbia has "
        + "exported approximately 800 million euros ($908-909 million) worth of ammunition to Ukraine since Russia "
        + "launched its full-scale invasion in 2022.", "2025-05-30"), "export");
    assertEquals(null, export.date(), export.toString());
    EventTriple discuss = withLemma(events("Speaking to state broadcaster RTS, Vucic stated that some of the claims "
        + "were untrue and that he had discussed the issue with Russian President Vladimir Putin during a visit to "
        + "Moscow earlier this month.", "2025-05-30"), "discuss");
    assertNotNull(discuss.date());
    assertEquals("2025-05", discuss.date().value());
  }

  @Test
  void untypedPossibilityIsNoEvent() {
    List<EventTriple> events = events("If selected, he would oversee security operations in Serbia and possibly "
        + "Kazakhstan and Kyrgyzstan.", "2025-03-05");
    assertTrue(none(events, "oversee"), events.toString());
  }

  @Test
  void havingAnEventIsAnEventHavingTiesIsAState() {
    assertTrue(none(events("The two Slavic and Orthodox Christian countries have strong political, military, "
        + "cultural and economic ties.", "2019-11-22"), "have"));
    EventTriple had = withLemma(events("Although Moscow remains Serbia's primary gas supplier and controls its only oil "
        + "refinery, Vucic has also had multiple meetings with Ukrainian President Volodymyr Zelenskyy and expressed "
        + "support for Ukraine's territorial integrity.", "2025-05-30"), "have");
    assertEquals("CONSULT", had.type());
  }

  @Test
  void tellingAnAudienceThatIsNoActorIsSpeechNotAnAct() {
    List<EventTriple> events = events("In Moscow, Maria Zakharova, a spokeswoman for Russia’s Foreign Ministry, told a "
        + "news briefing that the footage should be regarded as “a provocation” designed to create \"a certain "
        + "impression.\"", "2019-11-22");
    assertTrue(none(events, "tell"), events.toString());
  }

  @Test
  void typedActWithAClauseIsAboutTheClauseSubject() {
    EventTriple demand = withLemma(events("Washington along with its allies demanded that Hamas renounce its armed "
        + "struggle against Israel.", null), "demand");
    assertEquals("DEMAND", demand.type());
    assertEquals("Hamas", demand.object().text());
  }

  @Test
  void complementOfARefusalDidNotHappen() {
    List<EventTriple> events = events("Although formally seeking EU membership, Serbia has refused to align its foreign "
        + "policies with the 27-nation bloc and has instead strengthened its political, economic and military ties "
        + "with Russia and China.", "2021-12-10");
    assertEquals("REJECT", withLemma(events, "refuse").type());
    assertTrue(none(events, "align"), events.toString());
  }

  @Test
  void forPhraseIsTheThemeOfAnOrder() {
    EventTriple order = withLemma(events("To date, 149 confirmed orders for the aircraft have been received.", null),
        "order");
    assertEquals("the aircraft", order.object().text());
  }

  @Test
  void eventNounCarriedByALightVerbIsPartOfThePredicate() {
    EventTriple made = withLemma(events("Boeing's newest commercial aircraft, the 787 \"Dreamliner\", made its first "
        + "test flight Tuesday in Everett, Washington at 18:00 UTC.", "2009-12-16"), "make");
    assertEquals("made its first test flight", made.predicate().text());
  }

  @Test
  void aspectualVerbIsTheEventItsSubjectNames() {
    EventTriple continued = withLemma(events("These tactics proved futile, as the protests continued next Saturday, "
        + "leading to government backdown over disputed laws.", "2021-12-10"), "continue");
    assertEquals("PROTEST", continued.type());
    assertEquals("the protests", continued.subject().text());
  }

  @Test
  void placeIsASettingNotTheObject() {
    EventTriple voted = withLemma(events("Belgrade has voted several times in the United Nations against resolutions "
        + "condemning human rights violations in Crimea, and where Russia is referred to as an “occupying power”.",
        "2021-12-10"), "vote");
    assertEquals("resolutions", voted.object().text());
  }

  @Test
  void subjectOfAnUnaccusativeVerbIsItsTheme() {
    EventTriple crashed = withLemma(events("The Airbus A330 jetliner crashed into the Atlantic Ocean in June, killing "
        + "all 228 people on board.", "2009-09-03"), "crash");
    assertEquals(null, crashed.subject());
    assertEquals("The Airbus A330 jetliner", crashed.object().text());
  }

  @Test
  void bareParticipleWithAByAgentIsPassive() {
    EventTriple taped = withLemma(events("Footage of a meeting of Russian opposition leaders taped by the Serbian "
        + "Security Intelligence Agency in Belgrade in May was handed over by Serbian Interior Minister Alexander Vulin "
        + "to Russian National Security Secretary Nikolai Patrushev in Moscow, Serbian portal reported on December 8.",
        "2021-12-10"), "tape");
    assertTrue(taped.subject().text().contains("Security Intelligence Agency"), taped.toString());
    assertTrue(taped.object().text().contains("meeting of Russian opposition leaders"), taped.toString());
  }

  @Test
  void gerundAfterAnObjectAndItsPrepositionIsDoneByTheObject() {
    EventTriple refusing = withLemma(events("Moscow backs Belgrade in refusing to recognize the independence of Kosovo, "
        + "a former Serbian province.", "2019-11-22"), "refuse");
    assertEquals("Belgrade", refusing.subject().text());
    EventTriple restoring = withLemma(events("Zimbabwean Prime Minister Robert Mugabe today accused the United States "
        + "of restoring the blackmail in the negotiations on independence for Namibia.", null), "restore");
    assertEquals("the United States", restoring.subject().text());
  }

  @Test
  void gerundHungOnANounInTheObjectIsDoneByTheObject() {
    List<EventTriple> events = events("He also accused military representatives of some Western countries of spying "
        + "on Serbia.", "2019-11-22");
    EventTriple spying = withLemma(events, "spy");
    assertNotNull(spying.subject(), spying.toString());
    assertEquals("military representatives of some Western countries", spying.subject().text());
    assertEquals("military representatives of some Western countries", withLemma(events, "accuse").object().text());
  }

  @Test
  void forToClauseSubjectIsTheObjectOfATypedAct() {
    EventTriple push = withLemma(events("Despite these warnings, Russia continues to push for its diplomats to be "
        + "placed in important security positions across Europe and Central Asia.", "2025-03-05"), "push");
    assertEquals("its diplomats", push.object().text());
  }

  @Test
  void toInfinitivePredicatedOfAThingStatesAPurpose() {
    List<EventTriple> events = events("Their only obvious purpose is to kill and maim Russian servicemen and "
        + "civilians,” the SVR said.", "2025-05-29");
    assertTrue(none(events, "kill") && none(events, "maim"), events.toString());
  }

  @Test
  void quantityOfAnEventNounTakesItsCategory() {
    EventTriple gave = withLemma(events("The European Community on Monday gave the Ivory Coast 5.1 million dollars of "
        + "aid for agricultural development projects.", null), "give");
    assertEquals("AID", gave.type());
  }

  @Test
  void purposeInfinitiveTakesTheMorePreciseDateOfTheClauseItServes() {
    EventTriple meet = withLemma(events("Vucic is scheduled to travel to Moscow on Dec. 4 to meet Putin for their "
        + "third meeting this year.", "2019-11-22"), "meet");
    assertNotNull(meet.date(), meet.toString());
    assertEquals("2019-12-04", meet.date().value());
  }

  @Test
  void untypedClauseAnActorReportsIsNews() {
    List<EventTriple> events = events("For now, the OSCE has stated that its selection process is still ongoing, and "
        + "no final decision has been made.", "2025-03-05");
    EventTriple made = withLemma(events, "make");
    assertEquals("no final decision", made.object().text());
    assertTrue(made.negated());
    assertEquals("the OSCE", made.reportedBy().text());
    assertEquals("has stated", made.reportedBy().verb().text());
  }

  @Test
  void subjectPronounContinuesTheLatestCountryOrOrganisationSubject() {
    AnalyzedArticle a = EventConstructionsTest.analysed("Serbia maintains close ties with Moscow and depends heavily "
        + "on Russian gas. Although it is a candidate for EU membership, it has not joined Western sanctions against "
        + "Russia over the war in Ukraine.", "2025-05-30");
    EventTriple join = withLemma(a.events(), "join");
    assertEquals("it", join.subject().text());
    assertEquals("Serbia", entityName(a, join.subject().entity()));
  }

  private static String entityName(AnalyzedArticle a, String id) {
    return a.entities().stream().filter(e -> e.id().equals(id)).map(Entity::name).findFirst().orElse(null);
  }

  @Test
  void whatDidNotHappenInsteadIsNoEvent() {
    List<EventTriple> events = events("Instead of relying on traditional spies, they are now recruiting people online "
        + "and using criminals to carry out acts of sabotage.", "2025-03-05");
    assertTrue(none(events, "rely"), events.toString());
    withLemma(events, "recruit");
  }

  @Test
  void alternativesUnderEitherOrAreNoEvents() {
    List<EventTriple> events = events("While he was not officially declared \u201cpersona non grata\u201d (an unwanted "
        + "person) in Belgium, authorities gave Russia an ultimatum\u2014either recall him voluntarily or he would be "
        + "expelled.", "2025-03-05");
    assertTrue(none(events, "recall"), events.toString());
    assertTrue(none(events, "expel"), events.toString());
    assertEquals("THREATEN", withLemma(events, "give").type());
  }

  @Test
  void theQuestionWordOfAnEmbeddedQuestionIsNoAgent() {
    List<EventTriple> events = events("Vucic said the meeting took place last December. He did not say who had made "
        + "the video.", "2019-11-22");
    assertTrue(none(events, "make"), events.toString());
  }

  @Test
  void aNominalEventThatRepeatsAVerbalOneIsNotASecondEvent() {
    List<EventTriple> arrests = events("Shortly afterwards, on June 31, Russian opposition leader Alexander Pivovarov was "
        + "arrested in Moscow and is still in custody. Another Russian dissident, businessman Mikhail Khodorovky, who "
        + "lives in exile in UK, also commented on Pivovarov\u2019s arrest.", "2021-12-10").stream()
        .filter(e -> e.predicate().lemma().equals("arrest")).toList();
    assertEquals(1, arrests.size(), arrests.toString());
    assertEquals("was arrested", arrests.get(0).predicate().text());
    List<EventTriple> meet = events("Vucic is scheduled to travel to Moscow on Dec. 4 to meet Putin for their third "
        + "meeting this year.", "2019-11-22");
    assertTrue(none(meet, "meeting"), meet.toString());
    withLemma(meet, "meet");
  }

  @Test
  void anObjectAfterADayNameIsTheVerbsObject() {
    EventTriple reject = withLemma(events("Beirut again rejected Thursday a United Nations appeal for deploying army "
        + "troops along its borders with Israel.", null), "reject");
    assertNotNull(reject.object(), reject.toString());
    assertTrue(reject.object().text().startsWith("a United Nations appeal"), reject.toString());
  }

  @Test
  void aClauseAboutANamedThingIsNewsWithoutAnActor() {
    List<EventTriple> events = events("The iPhone only made its appearance as a prototype and there have been "
        + "controversies aroused .", "2007-01-12");
    assertEquals("The iPhone", withLemma(events, "make").subject().text());
  }

  @Test
  void aLightVerbCarryingAnEventNounIsAnEventWithoutAnActor() {
    EventTriple made = withLemma(events("The glitch was not reported when the plane made its maiden flight on 11 "
        + "December .", "2010-01-25"), "make");
    assertEquals("made its maiden flight", made.predicate().text());
    assertEquals("the plane", made.subject().text());
  }

  @Test
  void aNamedThingBeforeANounOfWhatHappensToItIsItsPatient() {
    EventTriple flight = withLemma(events("Technical problem on Airbus A400M maiden flight", "2010-01-25"), "flight");
    assertEquals("Airbus A400M", flight.object().text());
    assertTrue(none(events("Air France Flight 447 crashed into the Atlantic Ocean .", "2009-06-01"), "flight"),
        "a noun in a name is no event");
  }

  @Test
  void aNominalEventATypedVerbHasForObjectIsThatVerbsEvent() {
    List<EventTriple> events = events("Vucic's remarks came after a meeting of the National Security Council which he "
        + "convened after a video showing a Russian intelligence officer handing money to a Serbian man in Belgrade "
        + "was made public on YouTube over the weekend.", "2019-11-22");
    assertTrue(none(events, "meeting"), events.toString());
    assertEquals("CONSULT", withLemma(events, "convene").type());
  }

  @Test
  void aCalendarDateOfTheClauseComesBeforeAVagueOne() {
    EventTriple visited = withLemma(events("The Serbian Minister of Interior Vulin recently visited Moscow again on "
        + "December 2, officially to meet with Russian Minister of Defense General Sergey Shoygu.", "2021-12-10"),
        "visit");
    assertNotNull(visited.date(), visited.toString());
    assertEquals("2021-12-02", visited.date().value());
  }

  @Test
  void theStatementAVerbOfSayingIsMadeInIsNotWhatItSays() {
    List<EventTriple> events = events("At least seven leading Serbian defense companies have sent hundreds of thousands "
        + "of rockets and millions of small arms cartridges to Ukraine using \u201cfake\u201d end-user certificates, "
        + "the SVR claimed in a statement on its website.", "2025-05-29");
    assertTrue(none(events, "claim"), events.toString());
    assertEquals("the SVR", withLemma(events, "send").reportedBy().text());
  }

  @Test
  void aNounIdentifiedAsANameRefersToThatName() {
    AnalyzedArticle a = EventConstructionsTest.analysed("The video, which was not made by Serbian agents, showed a man "
        + "identified as Lt. Col. Georgy Kleban, a former assistant military attache at Russia's embassy in Belgrade, "
        + "meeting a Serbian retired army officer, whom Vucic identified only as Z.K.", "2019-11-22");
    EventTriple meeting = withLemma(a.events(), "meet");
    assertEquals("a man", meeting.subject().text());
    assertEquals("Georgy Kleban", entityName(a, meeting.subject().entity()));
  }

  @Test
  void theMeetingTookPlaceDatesTheMeetingAlreadyReported() {
    List<EventTriple> events = events("The video, which was not made by Serbian agents, showed a man identified as Lt. "
        + "Col. Georgy Kleban, a former assistant military attache at Russia's embassy in Belgrade, meeting a Serbian "
        + "retired army officer, whom Vucic identified only as Z.K.\n\nVucic said the meeting took place last December."
        + " He did not say who had made the video.", "2019-11-22");
    assertTrue(none(events, "take place"), events.toString());
    EventTriple meeting = withLemma(events, "meet");
    assertNotNull(meeting.date(), meeting.toString());
    assertEquals("2018-12", meeting.date().value());
  }
}
