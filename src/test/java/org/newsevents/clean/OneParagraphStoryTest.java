package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsevents.model.Article;
import org.newsevents.model.CleanedText;

/** Rules that judge lines by their context never empty a document of its only story. */
class OneParagraphStoryTest {
  @Test
  void aOneSentenceStoryIsKept() {
    String text = "Vucic will meet the Russian ambassador on Monday.";
    CleanedText cleaned = new RuleCleaner().clean(new Article("one", null, null, text, null, "test"));
    assertTrue(cleaned.removed().isEmpty(), () -> "removed: " + cleaned.removed());
    assertEquals(text, cleaned.kept());
  }

  @Test
  void aBannerBesideItStillGoes() {
    String text = "Vucic will meet the Russian ambassador on Monday.\nSupport us\nRemind me later.";
    CleanedText cleaned = new RuleCleaner().clean(new Article("two", null, null, text, null, "test"));
    assertEquals("Vucic will meet the Russian ambassador on Monday.", cleaned.kept());
  }
}
