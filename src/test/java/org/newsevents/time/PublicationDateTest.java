package org.newsevents.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The document date read from the text when metadata has none. */
class PublicationDateTest {
  @Test
  void publishedOnLineWinsOverLaterDatesInTheStory() {
    String text = "Serbia accuses Russia of spying\n\nPublished on: November 22, 2019\n\n"
        + "Vucic is scheduled to travel to Moscow on December 4, 2019.";
    assertEquals(LocalDate.parse("2019-11-22"), PublicationDate.inferred(text));
  }

  @Test
  void datelineAtTheHead() {
    String text = "BELGRADE, 29 May 2025 - Russia's foreign intelligence service accused Serbia on Thursday."
        + " The talks resume on June 12, 2025.";
    assertEquals(LocalDate.parse("2025-05-29"), PublicationDate.inferred(text));
  }

  @Test
  void datelineInTokenizedTextWithASpaceBeforeTheComma() {
    // MEANTIME's text is tokenized: "September 01 , 2007"
    String text = "Airbus A380 test flight delayed after accident September 01 , 2007 A test flight of the new Airbus"
        + " A380 superjumbo , the largest passenger jet in the world , was delayed today .";
    assertEquals(LocalDate.parse("2007-09-01"), PublicationDate.inferred(text));
  }

  @Test
  void noDateAtAllIsNoneNotToday() {
    assertNull(PublicationDate.inferred("Vucic is scheduled to travel to Moscow on Dec. 4."));
  }
}
