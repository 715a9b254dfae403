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
}
