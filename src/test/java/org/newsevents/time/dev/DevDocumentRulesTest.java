package org.newsevents.time.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.model.DocumentDate;
import org.newsevents.model.Timex;
import org.newsevents.nlp.CoreNlpParser;
import org.newsevents.nlp.NlpSettings;
import org.newsevents.time.TimexNormalizer;

/**
 * The time rules that need a whole story (its quarters, its days, its clock times), pinned on dev
 * documents read from ../shared/datasets, each value the one the gold annotation gives.
 */
class DevDocumentRulesTest {
  private static final Path TBAQ = Path.of("../shared/datasets/tempeval3/TBAQ-cleaned");
  private static final Path MEANTIME = Path.of("../shared/datasets/meantime/corpus_airbus");
  private static CoreNlpParser parser;

  @BeforeAll
  static void loadParser() {
    parser = new CoreNlpParser(NlpSettings.standard());
  }

  private static List<Timex> timexes(GoldTimexDoc d) {
    DocumentDate date = d.date() == null ? DocumentDate.none() : new DocumentDate(d.date(), DocumentDate.Source.METADATA);
    return new TimexNormalizer().resolve(parser.parse(d.text(), d.date()), date);
  }

  private static List<Timex> timeml(String set, String id) throws Exception {
    return timexes(DevCorpora.timeml(TBAQ.resolve(set).resolve(id + ".tml")).get(0));
  }

  private static List<String> values(List<Timex> found, String text) {
    return found.stream().filter(t -> t.text().equals(text)).map(Timex::value).toList();
  }

  @Test
  void earningsStoryQuartersAndTheirYearEarlierComparisons() throws Exception {
    List<Timex> found = timeml("TimeBank", "wsj_0144");
    assertEquals(List.of("1989-Q3"), values(found, "the latest quarter"));
    assertEquals(List.of("1988-Q3", "1988-Q3"), values(found, "a year ago"));
  }

  @Test
  void aYearEarlierAfterAQuarterStaysWholeAndNamesThatQuarter() throws Exception {
    List<Timex> found = timeml("TimeBank", "wsj_0160");
    assertEquals(List.of("1988-Q3"), values(found, "a year earlier"));
    assertTrue(found.stream().filter(t -> t.text().equals("a year earlier")).allMatch(t -> t.type().equals("DATE")));
  }

  @Test
  void aCompanysYearEndedOnADateIsADuration() throws Exception {
    List<Timex> found = timeml("TimeBank", "wsj_0135");
    assertTrue(found.stream().anyMatch(t -> t.text().equals("the year") && t.type().equals("DURATION") && t.value().equals("P1Y")),
        found::toString);
  }

  @Test
  void lastAprilInAnOctoberStoryIsThisYearsApril() throws Exception {
    assertEquals(List.of("1989-04"), values(timeml("TimeBank", "wsj_0751"), "last April"));
  }

  @Test
  void clockTimeBeforeAWeekdayIsThatDayAtThatTime() throws Exception {
    List<Timex> found = timeml("TimeBank", "APW19980213.1380");
    assertEquals(List.of("1998-02-11T22:00"), values(found, "10 p.m. Wednesday"));
    assertEquals(List.of("1998-02-12T12:00"), values(found, "noon Thursday"));
  }

  @Test
  void thanksgivingInTheYearBeforeKeepsItsThursday() throws Exception {
    assertEquals(List.of("1999-11-25"), values(timeml("AQUAINT", "NYT20000106.0007"), "Thanksgiving Day"));
  }

  @Test
  void aFirstNameThatIsAMonthAbbreviationIsNoDate() throws Exception {
    assertTrue(timeml("AQUAINT", "APW19990312.0251").stream().noneMatch(t -> t.text().startsWith("Jan ")));
  }

  @Test
  void utcClockTimeFallsOnTheStoryDayWithZone() throws Exception {
    List<Timex> found = timexes(DevCorpora.meantime(MEANTIME.resolve("145930_Boeing_787_Dreamliner_makes_maiden_flight.xml")).get(0));
    assertEquals(List.of("2009-12-15T18:00Z"), values(found, "18:00 UTC"));
  }

  @Test
  void aDateTheTaggerRanOnIntoAnOffsetIsCutBackAndValuedAlone() throws Exception {
    List<Timex> found = timexes(DevCorpora.meantime(MEANTIME.resolve("25501_Engine_troubles_delay_Airbus_superjumbo_tour.xml")).get(0));
    assertEquals(List.of("2005-11-11"), values(found, "November 11"));
  }
}
