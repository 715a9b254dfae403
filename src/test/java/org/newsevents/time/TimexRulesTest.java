package org.newsevents.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.Article;
import org.newsevents.model.Timex;
import org.newsevents.pipeline.Pipelines;

/** Each named rule of the time stage, pinned on sentences from the seed articles with their dates. */
class TimexRulesTest {
  private static List<Timex> timexes(String text, String date) {
    Article a = new Article("t", null, null, text, date == null ? null : LocalDate.parse(date), "test");
    return Pipelines.standard().run(a).timexes();
  }

  private static Timex only(String text, String date, String span) {
    return timexes(text, date).stream().filter(t -> t.text().equals(span)).findFirst()
        .orElseThrow(() -> new AssertionError("no timex \"" + span + "\" in " + timexes(text, date)));
  }

  @Test
  void futurePlanResolvesAhead() {
    Timex t = only("Vucic is scheduled to travel to Moscow on Dec. 4 to meet Putin for their third meeting this year.",
        "2019-11-22", "Dec. 4");
    assertEquals("2019-12-04", t.value());
  }

  @Test
  void withoutDocumentDateAPartialDateStaysUnderspecified() {
    Timex t = only("Vucic is scheduled to travel to Moscow on Dec. 4 to meet Putin.", null, "Dec. 4");
    assertEquals("XXXX-12-04", t.value());
  }

  @Test
  void pastWeekdayResolvesBehind() {
    Timex t = only("Serbian agencies have uncovered a wide-ranging intelligence operation involving Russian spies and members"
        + " of the Serbian military, President Aleksandar Vucic said on Thursday.", "2019-11-22", "Thursday");
    assertEquals("2019-11-21", t.value());
  }

  @Test
  void weekdayOfTheDocumentDateIsThatDay() {
    Timex t = only("Serbia has supplied ammunition to Ukraine, Russia's foreign intelligence service said Thursday.",
        "2025-05-29", "Thursday");
    assertEquals("2025-05-29", t.value());
  }

  @Test
  void futureWeekdayResolvesAhead() {
    Timex t = only("Vucic will meet the Russian ambassador on Monday.", "2019-11-22", "Monday");
    assertEquals("2019-11-25", t.value());
  }

  @Test
  void pastWeekendIsTheOneBefore() {
    Timex t = only("A video showing a Russian intelligence officer handing money to a Serbian man in Belgrade was made public"
        + " on YouTube over the weekend.", "2019-11-22", "the weekend");
    assertEquals("2019-W46-WE", t.value());
  }

  @Test
  void partialDateInThePastTakesThePastYear() {
    Timex t = only("His meeting with Vulin took place on May 14.", "2021-12-10", "May 14");
    assertEquals("2021-05-14", t.value());
    Timex early = only("He attended the wiretapped Belgrade meeting in early May with another opposition figure.",
        "2021-12-10", "early May");
    assertEquals("2021-05", early.value());
  }

  @Test
  void impossibleDateIsKeptInvalidWithoutValue() {
    Timex t = only("Shortly afterwards, on June 31, Russian opposition leader Alexander Pivovarov was arrested in Moscow.",
        "2021-12-10", "June 31");
    assertTrue(t.invalid());
    assertNull(t.value());
  }

  @Test
  void nextDayCountsFromTheNarrativeAndNextSaturdayToo() {
    String text = "On December 3, Serbian media outlet claimed the purpose of the visit was to receive guidelines on how to"
        + " deal with the massive protests.\n\nThe protest suppression methods used the next day included police brutality"
        + " in Belgrade. These tactics proved futile, as the protests continued next Saturday, leading to government"
        + " backdown over disputed laws.";
    List<Timex> found = timexes(text, "2021-12-10");
    assertEquals("2021-12-04", value(found, "the next day"));
    assertEquals("2021-12-11", value(found, "next Saturday"));
  }

  @Test
  void daysPriorCountBackFromTheNarrative() {
    String text = "On December 9 also, Russian journalist Vladimir Kara-Murza addressed this close cooperation in a statement"
        + " for Radio Free Europe.\n\nTwo days prior, in an article published by Radio Eho Moskvi, Kara-Murza claimed that"
        + " the Serbian Security Intelligence Agency played a role in Pivovarov's arrest.";
    Timex t = only(text, "2021-12-10", "Two days prior");
    assertEquals("DATE", t.type());
    assertEquals("2021-12-07", t.value());
  }

  @Test
  void signalAfterALengthOfTimeStaysOutside() {
    List<Timex> found = timexes("Kara-Murza noted that the manner of Pivovarov arrest was similar to the much more famous"
        + " arrest of Belarus dissident Roman Protasevich several weeks later at the end of June.", "2021-12-10");
    Timex weeks = found.stream().filter(t -> t.text().equals("several weeks")).findFirst().orElseThrow();
    assertEquals("DURATION", weeks.type());
    assertEquals("PXW", weeks.value());
    assertEquals("2021-06", value(found, "the end of June"));
  }

  @Test
  void setsAndVagueReferencesFollowTimeMl() {
    assertEquals("P6M", only("Moscow is one of the strongest supporters of Serbia in the United Nations Security Council,"
        + " where a report on the work of the UN Mission in Kosovo is presented every six months.", "2021-12-10",
        "every six months").value());
    assertEquals("PAST_REF", only("The Serbian Minister of Interior Vulin recently visited Moscow again on December 2.",
        "2021-12-10", "recently").value());
    assertEquals("PRESENT_REF", only("A Russian diplomat, who was forced to leave Brussels after being accused of working as"
        + " a spy, is now being considered for a high-ranking security role.", "2025-03-05", "now").value());
  }

  @Test
  void quotedTodayIsTheDayTheSpeakerSpoke() {
    String text = "Serbian agencies have uncovered an intelligence operation, President Aleksandar Vucic said on Thursday.\n\n"
        + "\"There was only thing I have asked the Russian ambassador today  I've only asked him - Why?\"";
    assertEquals("2019-11-21", only(text, "2019-11-22", "today").value());
  }

  @Test
  void holidayNameIsNoDuration() {
    List<Timex> found = timexes("Serbian President Aleksandar Vučić, who visited Moscow this month for Russia’s annual"
        + " Victory Day military parade, has defended the exports as legal.", "2025-05-29");
    assertFalse(found.stream().anyMatch(t -> t.text().equals("Day")));
    assertEquals("P1Y", value(found, "annual"));
    assertEquals("2025-05", value(found, "this month"));
  }

  @Test
  void bannerOptionsAndPublicationKindsAreNoTimexes() {
    assertEquals(List.of(), timexes("Thank you for standing with us.\nOnce\nMonthly\nAnnual\nContinue\n", "2025-05-29"));
    List<Timex> found = timexes("On December 9, Belgrade daily newspaper Danas reported that they had reviewed a document.",
        "2021-12-10");
    assertEquals(List.of("December 9"), found.stream().map(Timex::text).toList());
  }

  @Test
  void pastReferenceAdverbsAreNotMarked() {
    assertEquals(List.of(), timexes("Reports suggest that this Russian diplomat has deep connections in the Balkans and has"
        + " previously worked in Bosnia-Herzegovina.", "2025-03-05"));
  }

  @Test
  void yearsWhoseDashWasLostAreTwoYears() {
    List<Timex> found = timexes("It has been applied by pro-Kremlin regimes in other countries in the region, including"
        + " Hungary and North Macedonia (20162017).", "2021-12-10");
    assertEquals("2016", value(found, "2016"));
    assertEquals("2017", value(found, "2017"));
  }

  private static String value(List<Timex> found, String text) {
    return found.stream().filter(t -> t.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no timex \"" + text + "\" in " + found)).value();
  }
}
