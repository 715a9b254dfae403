package org.newsevents.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text readers and the year choice, without a parser. */
class CalendarWordsTest {
  @Test
  void lengthsOfTimeInWords() {
    assertEquals("PXW", DurationText.value("several weeks"));
    assertEquals("P2W", DurationText.value("two weeks"));
    assertEquals("P90D", DurationText.value("90 days"));
    assertEquals("PT3H", DurationText.value("three hours"));
    assertEquals("P20Y", DurationText.value("two decades"));
    assertNull(DurationText.value("the end of June"));
  }

  @Test
  void monthsDaysAndWeekdays() {
    assertEquals(12, CalendarText.month("Dec. 4"));
    assertEquals(4, CalendarText.day("Dec. 4"));
    assertEquals(31, CalendarText.day("June 31"));
    assertEquals(0, CalendarText.day("May 2020"));
    assertEquals(6, CalendarText.weekday("next Saturday"));
  }

  @Test
  void yearOfAPartialDateFollowsTense() {
    LocalDate dct = LocalDate.parse("2019-11-22");
    assertEquals(2019, PartialDateByTense.year(dct, 12, 4, Tense.FUTURE));
    // A past clause about a date weeks ahead reports a date already set ("the court set the hearing for
    // Dec. 4"); the tense still decides when the nearest year is no closer than months away.
    assertEquals(2019, PartialDateByTense.year(dct, 12, 4, Tense.PAST));
    assertEquals(2018, PartialDateByTense.year(LocalDate.parse("2019-08-01"), 12, 20, Tense.PAST));
    assertEquals(2019, PartialDateByTense.year(LocalDate.parse("2019-12-10"), 5, 14, Tense.PAST));
    assertEquals(2020, PartialDateByTense.year(dct, 1, 10, Tense.FUTURE));
    assertEquals(2020, PartialDateByTense.year(dct, 1, 10, Tense.UNKNOWN));
  }
}
