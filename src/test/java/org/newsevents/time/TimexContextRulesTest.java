package org.newsevents.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.Article;
import org.newsevents.model.Timex;
import org.newsevents.pipeline.Pipelines;

/**
 * The time rules that read the context of a timex (the story's period, the words around it), each pinned
 * on real sentences from the TempEval-3 news (AQUAINT, TimeBank) or MEANTIME with their document dates.
 */
class TimexContextRulesTest {
  private static List<Timex> timexes(String text, String date) {
    Article a = new Article("t", null, null, text, date == null ? null : LocalDate.parse(date), "test");
    return Pipelines.standard().run(a).timexes();
  }

  private static List<String> values(List<Timex> found, String span) {
    return found.stream().filter(t -> t.text().equals(span)).map(Timex::value).toList();
  }

  @Test
  void yearEarlierAfterNineMonthFiguresIsTheYearBefore() {
    List<Timex> found = timexes("Columbia Savings announced a loss for the third quarter of $226.3 million. Total assets"
        + " increased to $12.7 billion in the latest quarter from $12.4 billion a year earlier.\n\nFor the nine months,"
        + " losses totaled $212 million, or $10.83 a share, compared with net income of $48.7 million, or $1.11 a share,"
        + " a year earlier.", "1989-10-26");
    assertEquals(List.of("1988-Q3", "1988"), values(found, "a year earlier"));
  }

  @Test
  void beToInfinitiveLooksAhead() {
    List<Timex> found = timexes("He is expected to seek legal action against Navigation Mixte, which is being traded in"
        + " London and is to resume trading in Paris Tuesday.", "1989-10-27");
    assertEquals(List.of("1989-10-31"), values(found, "Tuesday"));
  }

  @Test
  void couldDeniedIsAnAttemptInThePast() {
    List<Timex> found = timexes("Neither he nor Elian's four grandparents could be located Wednesday in their hometown of"
        + " Cardenas, east of Havana.", "2000-01-06");
    assertEquals(List.of("2000-01-05"), values(found, "Wednesday"));
  }

  @Test
  void previousWeekdayCountsBackFromTheStorysDay() {
    List<Timex> found = timexes("London share prices closed sharply lower Friday in active trading.\n\nThe Financial Times"
        + " 100-share index shed 47.3 points to close at 2082.1, down 4.5% from the previous Friday and 6.8% from Oct. 13.",
        "1989-10-30");
    assertEquals(List.of("1989-10-20"), values(found, "the previous Friday"));
  }

  @Test
  void dayBeforeLastWeekdayIsBesideTheLatestOne() {
    List<Timex> found = timexes("The day before last Tuesday's federal court hearing, Manuel went to Lazaro's home to try"
        + " to work out their differences.", "2000-02-24");
    assertEquals(List.of("2000-02-21"), found.stream().filter(t -> t.text().endsWith("day before last Tuesday"))
        .map(Timex::value).toList());
  }

  @Test
  void idiomsWithATimeWordAreNoTimexes() {
    List<Timex> found = timexes("President Fidel Castro declared Wednesday night that it is just matter of days before"
        + " Elian Gonzalez will be reunited with his father.", "2000-04-05");
    assertEquals(List.of("Wednesday night"), found.stream().map(Timex::text).toList());
    found = timexes("South Africa deplored Friday the bomb blasts which killed scores of people outside embassies of the"
        + " United States in Kenya and Tanzania earlier in the day.", "1998-08-08");
    assertEquals(List.of("Friday"), found.stream().map(Timex::text).toList());
    assertEquals(List.of(), timexes("There were 12 original members of NATO at the time of its founding.", "1999-03-12"));
  }

  @Test
  void frequencyOfAnAmountIsARateNotASet() {
    assertEquals(List.of(), timexes("Jim Pattison Industries, a holding company with annual sales of about C$1.9 billion,"
        + " is based in Vancouver.", "1989-10-30"));
    assertEquals(List.of(), timexes("Estimates from traders put it at less than 5% of Nasdaq's average daily volume of"
        + " roughly 133 million shares.", "1989-10-30"));
    List<Timex> found = timexes("He said the company expects sales from continuing businesses to rise 8.5% annually"
        + " through the next three years.", "1989-10-26");
    assertEquals(List.of("the next three years"), found.stream().map(Timex::text).toList());
    found = timexes("The commemorations were similar to those held here annually for Marti, the revolutionary and poet.",
        "2000-01-28");
    assertEquals(List.of("P1Y"), values(found, "annually"));
  }

  @Test
  void dayBesideAnEventCountsFromTheStorysDay() {
    List<Timex> found = timexes("Slepian, 52, was shot through the kitchen window of his home in Amherst shortly after he"
        + " and his wife returned home from synagogue on the night of Friday, Oct. 23.\n\nMoskal said the two men"
        + " apparently showed up at Slepian's house the day after his death.", "1998-11-21");
    assertEquals(List.of("1998-10-24"), found.stream().filter(t -> t.text().endsWith("day")).map(Timex::value).toList());
  }

  @Test
  void holidayWeekIsTheWeekOfTheHoliday() {
    List<Timex> found = timexes("Earlier Sunday, protesters prayed for divine help as Easter week began, waving palm fronds"
        + " and posters of the Cuban boy and Jesus.", "2000-04-17");
    assertEquals(List.of("2000-W16"), values(found, "Easter week"));
    assertEquals(List.of(), values(found, "week"));
  }

  @Test
  void unitRunIntoAMonthIsTheMonthAlone() {
    List<Timex> found = timexes("The funeral home and cemetery operator changed from a fiscal year to a calendar year in"
        + " December.", "1989-10-27");
    assertEquals(1, values(found, "December").size(), found.toString());
    assertEquals(List.of(), values(found, "year in December"));
  }

  @Test
  void fiscalQuarterReportedInThePastIsTheStorysQuarter() {
    List<Timex> found = timexes("Ralston Purina Co. reported a 47% decline in fourth-quarter earnings, reflecting"
        + " restructuring costs as well as a more difficult pet food market.\nThe St. Louis company earned $45.2 million,"
        + " or 65 cents a share, compared with $84.9 million, or $1.24 a share, a year earlier. Sales in the latest"
        + " period were $1.76 billion, a 13% increase from last year's $1.55 billion.", "1989-11-02");
    assertEquals(List.of("1988-Q4"), values(found, "a year earlier"));
    assertEquals(List.of("1989-Q4"), values(found, "the latest period"));
  }

  @Test
  void lengthRunIntoTheDateItCountsFromIsTwoTimexes() {
    List<Timex> found = timexes("Eight trading days after Oct. 12, the day before the stock market plunge, for instance,"
        + " the Nasdaq Composite had fallen 4.3%.", "1989-10-30");
    assertEquals(List.of("P8D"), values(found, "Eight trading days"));
    assertEquals(List.of("1989-10-12"), values(found, "Oct. 12"));
  }

  @Test
  void partOfDayBeforeYesterdayJoinsIt() {
    List<Timex> found = timexes("In London at mid-afternoon yesterday, Ratners's shares were up 2 pence (1.26 cents), at"
        + " 260 pence ($1.64).", "1989-11-02");
    assertEquals(List.of("1989-11-01TAF"), values(found, "mid-afternoon yesterday"));
  }

  @Test
  void relativeWordAndTheUnitsAfterItAreOneTimex() {
    List<Timex> found = timexes("Protestant marchers and the police have provoked widespread violence in Northern Ireland"
        + " for the past three summers.", "1998-03-22");
    assertEquals(List.of("XXXX-SU"), values(found, "the past three summers"));
    found = timexes("Of course, there were sell programs in past years, too, but they seem to hurt market makers more"
        + " painfully these days.", "1989-10-30");
    assertEquals(List.of("past years", "these days"), found.stream().map(Timex::text).toList());
  }

  @Test
  void oneDayAfterAnAuxiliaryIsAheadUnnamed() {
    List<Timex> found = timexes("According to the Arab American institute, Islam will one day be the second largest"
        + " religion in the country.", "1998-03-03");
    assertEquals(List.of("FUTURE_REF"), values(found, "one day"));
  }

  @Test
  void dayJoinedToADateIsADateOfItsOwn() {
    List<Timex> found = timexes("He added that a ceremonial accession would still be held at the NATO Washington summit on"
        + " April 24 and 25.", "1999-02-10");
    assertEquals(List.of("1999-04-24"), values(found, "April 24"));
    assertEquals(List.of("1999-04-25"), values(found, "25"));
  }

  @Test
  void pastDecadeIsALengthButATimeInItIsTheDecadeBefore() {
    List<Timex> found = timexes("The gain extends a trend that has given back to workers some of the earning power they"
        + " lost to inflation in the last decade.", "1998-02-06");
    assertEquals(List.of("198"), values(found, "the last decade"));
    found = timexes("Harassment and threats against him by anti-abortion groups had become routine over the past"
        + " decade.", "1998-10-25");
    assertEquals(List.of("P10Y"), values(found, "the past decade"));
  }

  @Test
  void quarterEndedOnADayIsTheQuarterMostOfItFallsIn() {
    List<Timex> found = timexes("Jayark, New York, distributes and rents audio-visual equipment and prints promotional ads"
        + " for retailers. In the quarter ended July 31, Jayark had an average of 5.6 million shares outstanding.",
        "1989-10-30");
    assertEquals(List.of("1989-Q2"), values(found, "the quarter"));
  }

  @Test
  void thatDayInAMonthNamedWithoutItsDayIsSomeDayOfIt() {
    List<Timex> found = timexes("Neal Horsley said Friday that he would seek a new Internet service for his site.\n\nThree"
        + " times, doctors whose names appeared on the list were killed, most recently last October when Dr. Barnett"
        + " Slepian was gunned down by sniper fire in his home outside Buffalo, N.Y. His name on the Web site was crossed"
        + " out that same day.", "1999-02-06");
    assertEquals(List.of("1998-10-XX"), found.stream().filter(t -> t.text().startsWith("that same day"))
        .map(Timex::value).toList());
  }

  @Test
  void dayJudgedInACopularClauseIsTheDayTalkedAbout() {
    List<Timex> found = timexes("Poland, Hungary and the Czech Republic Friday formally joined NATO at a ceremony held in the"
        + " city of Independence, Missouri.\n\nAnd Geremek said it was"
        + " \"a great day for Poland and for the world.\"", "1999-03-13");
    assertEquals(List.of("1999-03-12"), values(found, "day"));
  }

  @Test
  void partOfTheDayAloneIsPartOfTheStorysDay() {
    List<Timex> found = timexes("London share prices closed sharply lower Friday in active trading.\n\nLondon shares were"
        + " depressed initially by overnight losses in New York and by the drop in sterling after Mr. Lawson's"
        + " resignation. Dealers placed heavy buy orders in the morning to start the first trading day for November"
        + " transactions.", "1989-10-30");
    assertEquals(List.of("1989-10-26TNI"), values(found, "overnight"));
    assertEquals(List.of("1989-10-27TMO"), found.stream().filter(t -> t.text().endsWith("morning")).map(Timex::value)
        .toList());
  }

  @Test
  void partOfTheDayBeforeANounIsNoTimex() {
    List<Timex> found = timexes("``Being 48 is too early to be retired,'' a fit-looking Farkas said on state TV's morning"
        + " talk show.", "1998-04-18");
    assertEquals(List.of(), values(found, "morning"));
  }

  @Test
  void someonesFutureIsATimeToComeButTheAdjectiveIsNot() {
    List<Timex> found = timexes("A group of Florida lawmakers introduced legislation this month to grant Elian American"
        + " citizenship, which would take the decision about Elian's future away from INS and give it to a Florida family"
        + " court.", "2000-02-10");
    assertEquals(List.of("FUTURE_REF"), values(found, "future"));
    assertEquals(List.of(), values(timexes("The problem is being ballyhooed, experts say, because the 486 is Intel's future"
        + " flagship.", "1989-10-27"), "future"));
  }

  @Test
  void fourDigitsBeforeAZoneAreAClockTime() {
    List<Timex> found = timexes("The suspected car bombings occurred 700 kilometers (450 miles) from each other but just"
        + " minutes apart on Friday.\n\nThe blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a"
        + " crowded building toward the embassy.", "1998-08-08");
    List<Timex> zoned = found.stream().filter(t -> t.text().startsWith("0735")).toList();
    assertEquals(1, zoned.size(), found.toString());
    assertEquals("TIME", zoned.get(0).type());
    assertEquals("1998-08-07T07:35Z", zoned.get(0).value());
  }

  @Test
  void vagueAdverbBeforeADateOnlyQualifiesIt() {
    List<Timex> found = timexes("Three times, doctors whose names appeared on the list were killed, most recently last"
        + " October when Dr. Barnett Slepian was gunned down by sniper fire in his home outside Buffalo, N.Y.",
        "1999-02-06");
    assertEquals(List.of("last October"), found.stream().map(Timex::text).toList());
  }

  @Test
  void electionDayIsTheTuesdayAfterTheFirstMondayOfNovember() {
    List<Timex> found = timexes("``Stopping clinic violence is going to be a major theme of our campaign from now to"
        + " Election Day.''", "1998-10-26");
    assertEquals(List.of("1998-11-03"), values(found, "Election Day"));
  }
}
