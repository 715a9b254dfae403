package org.newsevents.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.Article;
import org.newsevents.model.Timex;
import org.newsevents.pipeline.Pipelines;

/** The time rules of issue 5, each pinned on a sentence from the TempEval-3 news (AQUAINT, TimeBank) with its date. */
class TimexValueRulesTest {
  private static List<Timex> timexes(String text, String date) {
    Article a = new Article("t", null, null, text, date == null ? null : LocalDate.parse(date), "test");
    return Pipelines.standard().run(a).timexes();
  }

  private static Timex only(String text, String date, String span) {
    List<Timex> found = timexes(text, date);
    return found.stream().filter(t -> t.text().equals(span)).findFirst()
        .orElseThrow(() -> new AssertionError("no timex \"" + span + "\" in " + found));
  }

  @Test
  void weekdayWithPartOfDayCarriesThePartCode() {
    Timex t = only("President Fidel Castro declared Wednesday night that it is just matter of days before Elian Gonzalez"
        + " will be reunited with his father.", "2000-04-05", "Wednesday night");
    assertEquals("2000-04-05TNI", t.value());
  }

  @Test
  void laterThatYearIsTheNarrativeYear() {
    Timex t = only("According to the Miami Herald, Munero had fled to Florida in June 1998 and returned to Cuba later that"
        + " year, only to be jailed for several months.", "2000-01-28", "later that year");
    assertEquals("DATE", t.type());
    assertEquals("1998", t.value());
  }

  @Test
  void yearAgoQuarterIsAYearBack() {
    Timex t = only("National Intergroup in the year-ago third quarter earned $22.5 million, or 97 cents a share.",
        "1989-10-30", "the year-ago third quarter");
    assertEquals("1988-Q3", t.value());
  }

  @Test
  void countedMoreUnitsKeepTheCount() {
    Timex t = only("Elian Gonzalez will remain in the United States for at least two more weeks even after a federal"
        + " appeals court Thursday refused to order his return to Cuba.", "2000-06-01", "two more weeks");
    assertEquals("P2W", t.value());
  }

  @Test
  void lengthTheTaggerLeftWithoutValueIsADuration() {
    List<Timex> found = timexes("The economy added 358,000 jobs in January after averaging 242,000 for the first nine"
        + " months of 1997.", "1998-02-06");
    assertTrue(found.stream().anyMatch(t -> t.text().startsWith("the first nine months") && "P9M".equals(t.value())),
        found.toString());
  }

  @Test
  void copulaGivesTheTenseOfAPredicateAdjective() {
    Timex t = only("The split and quarterly dividend will be payable Jan. 3 to stock of record Nov. 16, the company said.",
        "1989-11-01", "Jan. 3");
    assertEquals("1990-01-03", t.value());
  }

  @Test
  void weekOfADayIsThatIsoWeek() {
    Timex t = only("The dispute may finally be resolved in a court hearing the week of March 6, Manuel Gonzalez said.",
        "2000-02-24", "the week of March 6");
    assertEquals("2000-W10", t.value());
  }

  @Test
  void lastMonthAndDayIsTheLatestSuchDay() {
    Timex t = only("Slepian was the medical director of Buffalo's only abortion clinic before he was shot to death last"
        + " Oct. 23 at his home in suburban Amherst.", "1999-04-19", "last Oct. 23");
    assertEquals("1998-10-23", t.value());
  }

  @Test
  void thePastMonthsKeepsItsArticle() {
    Timex t = only("President Ricardo Alarcon, who has served as adviser to Gonzalez over the past four months, said the"
        + " boy should go home.", "2000-04-05", "the past four months");
    assertEquals("P4M", t.value());
  }

  @Test
  void capitalisedCalendarWordsInNamesAreNoTimexes() {
    List<Timex> found = timexes("Justices Sandra Day O'Connor and Anthony Kennedy seemed to agree that the law was"
        + " unfair.", "1998-04-24");
    assertEquals(List.of(), found);
    List<Timex> show = timexes("Secretary of State James Baker, speaking on ABC News' \"This Week,\" said the Kuwaiti"
        + " request gives the U.S. more room.", "1990-08-13");
    assertEquals(List.of(), show);
    Timex today = only("``Today, I'm here to tell you we have our suspect,'' said the police commissioner.",
        "1999-05-07", "Today");
    assertEquals("1999-05-07", today.value());
  }

  @Test
  void agesAndTheSecAreNoTimexes() {
    List<Timex> found = timexes("Mr. Reupke, 52 years old and a 27-year Reuters veteran, had been the information-services"
        + " company's general manager for only six months. The SEC has alleged that Mr. Antar aimed to pump up the"
        + " company's stock price.", "1989-11-02");
    assertEquals(List.of("27-year", "six months"), found.stream().map(Timex::text).toList());
  }

  @Test
  void vagueAgoIsAPastReference() {
    Timex t = only("Polls have shown public support for a republic increasing, rising from about 35 percent several years"
        + " ago to about 51 percent this year.", "1998-02-13", "several years ago");
    assertEquals("PAST_REF", t.value());
  }

  @Test
  void yearPeriodIsThatYearsReportedQuarter() {
    Timex t = only("Kirschner earned $376,000 on revenue of $14.5 million in the 1988 quarter.", "1989-10-30",
        "the 1988 quarter");
    assertEquals("1988-Q3", t.value());
  }

  @Test
  void halfOfAYearIsAHalfYear() {
    Timex t = only("Anheuser said its new strategy will mean lower-than-anticipated earnings for the last half of 1989"
        + " and for 1990.", "1989-10-26", "the last half of 1989");
    assertEquals("1989-H2", t.value());
    assertFalse(t.invalid());
  }

  @Test
  void yearEndIsOneSpanDatedToTheYear() {
    Timex t = only("The company also announced a previously announced plan to reduce employment by at least 6,000 people by"
        + " year end.", "1989-10-26", "year end");
    assertEquals("DATE", t.type());
    assertEquals("1989", t.value());
  }

  @Test
  void decadeOrCenturyIsADateOfItsKnownDigits() {
    List<Timex> found = timexes("Her brother Delfin, who was imprisoned as an anti-Castro activist in the 1960s, followed in"
        + " 1979.", "2000-02-24");
    Timex t = found.stream().filter(x -> x.text().contains("1960s")).findFirst().orElseThrow(() -> new AssertionError(found));
    assertEquals("DATE", t.type());
    assertEquals("196", t.value());
    Timex century = only("Workers are clearing mines near Angkor Wat, the fabled 11th century temple.", "1998-02-19",
        "11th century");
    assertEquals("10", century.value());
  }

  @Test
  void pluralWeekdayIsASet() {
    Timex t = only("Qantas said two new flights would leave Bombay on Monday and Tuesday nights from March 30.",
        "1998-02-13", "Tuesday nights");
    assertEquals("SET", t.type());
    assertEquals("XXXX-WXX-2TNI", t.value());
    Timex first = only("Qantas said two new flights would leave Bombay on Monday and Tuesday nights from March 30.",
        "1998-02-13", "Monday");
    assertEquals("SET", first.type());
    assertEquals("XXXX-WXX-1TNI", first.value());
  }

  @Test
  void anaphoricUnitWithNothingToCountFromStaysUnknown() {
    Timex t = only("Munero returned to Cuba later that year, only to be jailed for several months.", null, "later that year");
    assertEquals("DATE", t.type());
    assertEquals("XXXX", t.value());
  }

  @Test
  void wordJoinedBeforeThisYearIsLeftOut() {
    Timex t = only("The dividend increase was Du Pont's second this year, an affirmation of statements by top executives.",
        "1989-10-26", "this year");
    assertEquals("1989", t.value());
  }

  @Test
  void boundedHalfYearKeepsItsValue() {
    List<Timex> found = timexes("Analysts expect the slowing trend to continue into the fourth quarter and through at least"
        + " the first two quarters of 1990.", "1989-10-26");
    assertTrue(found.stream().anyMatch(t -> t.text().endsWith("first two quarters of 1990") && "1990-H1".equals(t.value())),
        found.toString());
  }

  @Test
  void earningsPhrasesTheTaggerMissesAreDatesOfTheQuarterAYearBack() {
    List<Timex> found = timexes("Sun Energy Partners reported a third-quarter loss of $992,000. In the year-ago quarter, the"
        + " company reported net income of $1.9 million. It compared with year-earlier profit of $3.8 million, and the"
        + " latest period had a gain of $4 million.", "1989-11-02");
    assertEquals("1988-Q3", value(found, "the year-ago quarter"));
    assertEquals("1988-Q3", value(found, "year-earlier"));
    assertEquals("1989-Q3", value(found, "the latest period"));
  }

  @Test
  void hyphenatedMonthOrYearIsOneTimex() {
    Timex month = only("The Canadian government gave Merieux until mid-November to submit additional information.",
        "1989-10-30", "mid-November");
    assertEquals("1989-11", month.value());
    Timex year = only("But the group began to fall apart in mid-1996 after the defection of one of its top leaders.",
        "1998-02-19", "mid-1996");
    assertEquals("1996", year.value());
  }

  @Test
  void ordinalSecondAndFractionsOfAQuarterAreNoTimexes() {
    assertEquals(List.of(), timexes("Iraq imports about three-quarters of its foodstuffs.", "1990-08-15"));
    assertEquals(List.of(), timexes("A second group of three company directors also is seeking control of the fast-food"
        + " chain.", "1989-10-27"));
  }

  @Test
  void halfUnitsAreWrittenInTheNextSmallerUnit() {
    assertEquals("P2Y6M", only("They lived in U.N.-run refugee camps for 2 1/2 years.", "1998-02-27", "2 1/2 years").value());
    assertEquals("PT1M30S", only("But a minute and a half later, a pilot from a nearby flight calls in.", "1998-01-14",
        "a minute and a half").value());
  }

  @Test
  void lengthRunIntoADayIsTwoTimexes() {
    List<Timex> found = timexes("She took the stand for more than four hours Friday in a Tel Aviv magistrate's court.",
        "1998-02-27");
    assertEquals("PT4H", value(found, "more than four hours"));
    assertEquals("1998-02-27", value(found, "Friday"));
  }

  @Test
  void vagueLengthsJoinedByOrAreOneAndARangeHasNoCount() {
    Timex t = only("He probably died within weeks or months of his capture on March 26, 1996.", "1998-02-19",
        "weeks or months");
    assertEquals("PXW", t.value());
    assertEquals("PXW", only("Intel told analysts that the company will resume shipments of the chips within two to three"
        + " weeks.", "1989-10-30", "two to three weeks").value());
    assertEquals("PXY", only("They agreed to buy NATO compatible equipment in the coming years.", "1999-03-12",
        "the coming years").value());
  }

  @Test
  void quarterJustEndedIsTheOneForecastInTheReportingWeeks() {
    assertEquals("1989-Q3", only("The company said its third-quarter earnings will probably be lower than the 16 cents a"
        + " share it reported last year.", "1989-10-30", "third-quarter").value());
    List<Timex> fiscal = timexes("Dominion earned 12 Canadian cents a share for the fiscal-first quarter ended Sept. 30. The"
        + " company had a net loss of C$2.3 million a year ago.", "1989-10-26");
    assertEquals("1989-Q1", value(fiscal, "the fiscal-first quarter"));
    assertEquals("1988-Q1", value(fiscal, "a year ago"));
  }

  @Test
  void periodComparedWithIsThatQuarterAYearBefore() {
    List<Timex> found = timexes("Columbia reported a loss for the third quarter of $226.3 million. For the quarter a year"
        + " ago, Columbia reported earnings of $16.3 million. Net was $1.8 million for the corresponding period last"
        + " year.", "1989-10-26");
    assertEquals("1988-Q3", value(found, "the quarter a year ago"));
    assertEquals("1988-Q3", value(found, "the corresponding period last year"));
  }

  @Test
  void possessiveWeekdayLiesBackWhateverTheTense() {
    Timex t = only("The boy's relatives in Miami said they would look for ways to get around Wednesday's ruling by the"
        + " U.S. Immigration and Naturalization Service.", "2000-01-07", "Wednesday");
    assertEquals("2000-01-05", t.value());
  }

  @Test
  void planInThePastPerfectIsPast() {
    Timex t = only("The offer, which Telerate's two independent directors have rejected as inadequate, previously had been"
        + " scheduled to expire at midnight Friday.", "1989-10-30", "midnight Friday");
    assertEquals("1989-10-27T24:00", t.value());
  }

  @Test
  void dayTheTaggerCouldNotValueIsItsWeekday() {
    List<Timex> found = timexes("Rod Beer said the FBI arrested Mohamed at the city's airport in the early hours of Thursday"
        + " morning as he was about to be deported.", "1999-10-08");
    assertTrue(found.stream().anyMatch(t -> t.text().endsWith("Thursday morning") && "1999-10-07TMO".equals(t.value())),
        found.toString());
  }

  @Test
  void countedDayOfAnEventIsTheDayItIs() {
    Timex t = only("In Saudi Arabia, today is the eighth day of Desert Shield, the operation designed to confront Iraqi"
        + " soldiers.", "1990-08-15", "the eighth day");
    assertEquals("1990-08-15", t.value());
  }

  @Test
  void yearInWordsIsRead() {
    Timex t = only("A bomb blast shocks the Olympic games. January nineteen ninety-seven. Atlanta again.", "1998-02-27",
        "January nineteen ninety-seven");
    assertEquals("1997-01", t.value());
  }

  @Test
  void participleTakesTheTenseOfItsClause() {
    Timex t = only("Stocks rose, pushing the Dow Jones industrial average up 72.24 points, to 8,189.49, leaving the index"
        + " within 70 points of its record high set on Aug. 6.", "1998-02-06", "Aug. 6");
    assertEquals("1997-08-06", t.value());
  }

  @Test
  void effectiveDateLiesAhead() {
    Timex t = only("U.S. Trust also created a four-member office of the chairman, effective Feb. 1.", "1989-10-26", "Feb. 1");
    assertEquals("1990-02-01", t.value());
  }

  @Test
  void monthOrSeasonBeginningANameIsNoTimex() {
    assertEquals(List.of(), timexes("The task force scanned the crowd of protesters at the annual March for Life on Capitol"
        + " Hill.", "1999-01-22"));
  }

  @Test
  void timeWordInAQuotedTitleIsNoTimex() {
    assertEquals(List.of(), timexes("The poster showed a picture of Gary Cooper from the film ``High Noon.''", "1999-03-12"));
    assertEquals(List.of(), timexes("Secretary of State James Baker, speaking on ABC News' \"This Week,\" said the Kuwaiti"
        + " request gives the U.S. and other countries \"a legal basis for stopping the export of oil.\"", "1990-08-13"));
    List<Timex> found = timexes("``For the people of Poland, high noon comes today.''", "1999-03-12");
    assertEquals(List.of("today"), found.stream().map(Timex::text).toList());
  }

  @Test
  void hyphenatedLengthIsADurationButAnAgeIsNot() {
    assertEquals("PXY", only("Apple Inc. announced Monday it has settled its decades-long trademark dispute with the"
        + " Beatles' record company.", "2007-02-06", "decades-long").value());
    assertEquals("P1D", only("Workers staged a day-long strike.", "2000-04-03", "day-long").value());
    assertEquals(List.of(), timexes("The 52-year-old doctor was shot in his kitchen.", "1998-10-25"));
  }

  @Test
  void thePastYearDatedIsTheYearBefore() {
    List<Timex> found = timexes("A new report says there has been a dramatic rise in the growth of hate groups in the"
        + " United States over the past year.", "1998-03-03");
    assertTrue(found.stream().anyMatch(t -> t.text().endsWith("past year")
        && ("1997".equals(t.value()) || "P1Y".equals(t.value()))), found.toString());
    assertTrue(found.stream().noneMatch(t -> "1998".equals(t.value())), found.toString());
  }

  private static String value(List<Timex> found, String span) {
    return found.stream().filter(t -> t.text().equals(span)).map(Timex::value).findFirst()
        .orElseThrow(() -> new AssertionError("no timex \"" + span + "\" in " + found));
  }
}
