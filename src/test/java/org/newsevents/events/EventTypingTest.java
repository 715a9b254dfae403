package org.newsevents.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsevents.events.EventConstructionsTest.events;
import static org.newsevents.events.EventConstructionsTest.withLemma;

import org.junit.jupiter.api.Test;

/** How an event's PLOVER category is chosen, each rule pinned on a PLOVER dev record or a seed sentence. */
class EventTypingTest {
  @Test
  void whatAVerbActsOnCanDecideItsCategory() {
    assertEquals("SANCTION", withLemma(events("North Korea expelled inspectors of the International Atomic Energy "
        + "Agency, or IAEA, from frozen nuclear facilities at Yongbyon.", null), "expel").type());
    assertEquals("CONCEDE", withLemma(events("Sudan's government on Sunday lifted a state of emergency in West Darfur "
        + "State that was imposed six months ago after bloody tribal clashes there.", null), "lift").type());
    assertEquals("SANCTION", withLemma(events("Syrian officers today ended mediation efforts between rival militias "
        + "in Tripoli.", null), "end").type());
    // expelling people who are not a mission stays coercion (seed 004)
    assertEquals("COERCE", withLemma(events("The diplomat was part of a larger group of Russian officials expelled "
        + "from Belgium and the European Union due to allegations of spying.", "2025-03-05"), "expel").type());
  }

  @Test
  void aCommitmentTakesTheIntentOfItsActAndAFailureToCooperateIsARejection() {
    assertEquals("THREATEN", withLemma(events("Ethnic Albanians have sworn to fight until they gain control of "
        + "villages near Macedonia's border with Bulgaria, Macedonian officials said Wednesday.", null), "swear").type());
    assertEquals("REJECT", withLemma(events("Palestinians and Israelis failed to reach agreement on the fate of "
        + "Palestinian offices in east Jerusalem Sunday, despite hours of tense negotiations, sources on both sides "
        + "reported.", null), "fail").type());
  }

  @Test
  void anAspectualVerbWithAnEventNounObjectIsThatEventAndItsSubjectActsForThePurpose() {
    var events = events("Algerian landowners began a hunger strike outside Parliament to demand the return of property "
        + "seized by Algerian government forces in the 1970s, APS news agency said.", null);
    var begin = withLemma(events, "begin");
    assertEquals("PROTEST", begin.type());
    assertEquals("Algerian landowners", begin.subject().text());
    assertEquals("Algerian landowners", withLemma(events, "demand").subject().text());
  }

  @Test
  void anObligationAnActorStatesIsItsDemandOnWhoeverItBinds() {
    var demand = withLemma(events("Russia said on Tuesday that Sudan must return a Mi-26 helicopter that was captured "
        + "by the Sudanese authorities last week.", null), "say");
    assertEquals("DEMAND", demand.type());
    assertEquals("Russia", demand.subject().text());
    assertEquals("Sudan", demand.object().text());
  }

  @Test
  void aLightVerbsActWithAContentClauseIsAboutThatClausesSubject() {
    var demand = withLemma(events("The International Labor Office (ILO) reiterated its demand today that Israel ease "
        + "restrictions on the movement of Palestinian workers.", null), "reiterate");
    assertEquals("DEMAND", demand.type());
    assertEquals("Israel", demand.object().text());
    assertEquals("reiterated its demand", demand.predicate().text());
  }

  @Test
  void strengtheningTiesIsCooperationAndJoiningSanctionsIsSanctioning() {
    assertEquals("COOPERATE", withLemma(events("Although formally seeking EU membership, Serbia has refused to align its "
        + "foreign policies with the 27-nation bloc and has instead strengthened its political, economic and military "
        + "ties with Russia and China.", "2021-12-10"), "strengthen").type());
    assertEquals("SANCTION", withLemma(events("Although it is a candidate for EU membership, it has not joined Western "
        + "sanctions against Russia over the war in Ukraine.", "2025-05-30"), "join").type());
  }
}
