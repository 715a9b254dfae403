package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Article;
import org.newsevents.model.Entity;
import org.newsevents.pipeline.Pipelines;

/** SUTime runs only on sentences that can hold a time; the others still get their names tagged. */
class TimeGatedNerTest {
  private static boolean cue(String sentence) {
    return TimeGatedNer.mayHoldTimeWords(Arrays.asList(sentence.split(" ")));
  }

  @Test
  void sentencesWithoutDigitsOrTimeWordsSkipSutime() {
    assertFalse(cue("Serbia has not joined Western sanctions against Russia ."));
    assertFalse(cue("The Kremlin denied the accusations ."));
    assertTrue(cue("Vucic is scheduled to travel to Moscow on Dec. 4 ."));
    assertTrue(cue("The video was filmed last December ."));
    assertTrue(cue("He said on Thursday that the officer had left ."));
    assertTrue(cue("Three days later he was arrested ."));
    assertTrue(cue("The talks resume in Sept. ."));
    assertTrue(cue("The agency was founded in 1998 ."));
  }

  @Test
  void bothKindsOfSentenceAreTaggedInOneDocument() {
    Article a = new Article("t", null, null,
        "Serbia has not joined Western sanctions against Russia.\n"
            + "Vucic is scheduled to travel to Moscow on Dec. 4 to meet Putin.",
        LocalDate.of(2019, 11, 22), "test");
    AnalyzedArticle out = Pipelines.standard().run(a);
    List<String> names = out.entities().stream().map(Entity::name).toList();
    assertTrue(names.contains("Serbia"), names.toString());
    assertTrue(names.contains("Vladimir Putin"), names.toString());
    assertEquals(1, out.timexes().size(), out.timexes().toString());
    assertEquals("2019-12-04", out.timexes().get(0).value());
  }
}
