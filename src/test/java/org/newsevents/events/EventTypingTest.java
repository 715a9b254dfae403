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
    assertEquals("COERCE", withLemma(events("The diplomat was among 20 Russians expelled from Belgium.", "2025-03-05"),
        "expel").type());
  }
}
