package org.newsevents.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayRangeTest {
  private static DayRange days(String from, String to) {
    return new DayRange(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void daysMonthsAndYearsCoverTheirCalendarDays() {
    assertEquals(days("2019-11-21", "2019-11-21"), DayRange.of("2019-11-21"));
    assertEquals(days("2019-11-21", "2019-11-21"), DayRange.of("2019-11-21T14:00"));
    assertEquals(days("2022-02-01", "2022-02-28"), DayRange.of("2022-02"));
    assertEquals(days("2024-02-01", "2024-02-29"), DayRange.of("2024-02"));
    assertEquals(days("2014-01-01", "2014-12-31"), DayRange.of("2014"));
    assertEquals(days("2010-01-01", "2019-12-31"), DayRange.of("201X"));
  }

  @Test
  void weeksWeekendsQuartersAndHalves() {
    // 2019-11-22, the spy story's publication day, is the Friday of ISO week 47.
    assertEquals(days("2019-11-18", "2019-11-24"), DayRange.of("2019-W47"));
    assertEquals(days("2019-11-23", "2019-11-24"), DayRange.of("2019-W47-WE"));
    assertEquals(days("2020-12-28", "2021-01-03"), DayRange.of("2020-W53"));
    assertEquals(days("2025-04-01", "2025-06-30"), DayRange.of("2025-Q2"));
    assertEquals(days("2025-07-01", "2025-12-31"), DayRange.of("2025-H2"));
  }

  @Test
  void valuesThatNameNoDaysHaveNone() {
    assertNull(DayRange.of(null));
    assertNull(DayRange.of("PAST_REF"));
    assertNull(DayRange.of("P2W"));
    assertNull(DayRange.of("XXXX-12-04"));
    assertNull(DayRange.of("XXXX-WXX-5"));
    assertNull(DayRange.of("2024-SU"));
    assertNull(DayRange.of("2025-06-31"));
    assertNull(DayRange.of("2025-13"));
  }
}
