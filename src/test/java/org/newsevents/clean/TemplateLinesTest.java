package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.CleanedText;

/**
 * A batch run: two pages of one site (kabarislamia.com) from the benchmark, flattened. A line both
 * pages carry, which no pattern names, is removed as template-repeat once the batch is learned.
 */
class TemplateLinesTest {
  private static final String RECURRING = "Rekening BCA 0061947069 a/n Nizami";

  @Test
  void learnedRepetitionRemovesARecurringLineNoPatternNames() {
    assumeTrue(BenchmarkPages.available(), "benchmark data not found under ../shared/datasets");
    List<Article> site = BenchmarkPages.load().pages().stream()
        .filter(p -> p.url().contains("kabarislamia.com"))
        .map(p -> new Article(p.id(), p.url(), null, BenchmarkScore.naive(p), null, p.id()))
        .toList();
    assertEquals(2, site.size());
    Article page = site.get(0);
    int start = page.text().indexOf(RECURRING);
    assertTrue(start >= 0);

    assertNotEquals("template-repeat", reasonAt(new RuleCleaner().clean(page), start));
    TemplateLines learned = TemplateLines.learn(site);
    assertTrue(learned.isTemplate(page, RECURRING));
    assertEquals("template-repeat", reasonAt(new RuleCleaner(learned).clean(page), start));
  }

  @Test
  void aLineInOneDocumentOnlyIsNotTemplate() {
    Article a = new Article("a", "https://example.org/1", null, "Menu\nFirst story text.", null, "a");
    Article b = new Article("b", "https://example.org/2", null, "Menu\nSecond story text.", null, "b");
    TemplateLines learned = TemplateLines.learn(List.of(a, b));
    assertTrue(learned.isTemplate(a, "Menu"));
    assertTrue(!learned.isTemplate(a, "First story text."));
  }

  /**
   * A long batch from one site: story lines from the seed articles, numbered so that no two documents
   * share one, a footer in 60% of the documents and a teaser line in 40%. The counts stay small (story
   * lines are pruned as the batch goes on) and the decision stays exact: the footer is template, the
   * teaser and the story lines are not.
   */
  @Test
  void aLongBatchIsCountedInBoundedMemoryWithoutLosingTemplateLines() throws Exception {
    List<String> story = new java.util.ArrayList<>();
    for (String line : java.nio.file.Files.readString(java.nio.file.Path.of("corpus/articles/000_67f3409273c89135.txt")).split("\n")) {
      if (line.strip().length() > 80) {
        story.add(line.strip());
      }
    }
    assertTrue(story.size() >= 5);
    String footer = "Follow us on Telegram for the latest updates from the region";
    String teaser = "Opinion: what the new sanctions mean for the Balkans";
    List<Article> batch = new java.util.ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < 5; k++) {
        text.append(story.get((i + k) % story.size())).append(" (").append(letters(i)).append(")\n");
      }
      if (i % 10 < 6) {
        text.append(footer).append('\n');
      }
      if (i % 10 >= 6) {
        text.append(teaser).append('\n');
      }
      batch.add(new Article("d" + i, "https://www.example-news.org/story/" + i, null, text.toString(), null, "d" + i));
    }
    TemplateLines learned = TemplateLines.learn(batch);
    Article first = batch.get(0);
    assertTrue(learned.isTemplate(first, footer));
    assertTrue(!learned.isTemplate(first, teaser));
    assertTrue(!learned.isTemplate(first, first.text().split("\n")[0]));
    assertTrue(learned.linesHeld() <= 2, "lines held after learning: " + learned.linesHeld());
    assertTrue(TemplateLines.peakLinesCounted(batch) < 5 * 2 * TemplateLines.BUCKET + 10,
        "peak lines counted: " + TemplateLines.peakLinesCounted(batch));
  }

  /** A document number in letters: line keys fold digits, so digits would not tell documents apart. */
  private static String letters(int n) {
    StringBuilder out = new StringBuilder();
    do {
      out.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return out.toString();
  }

  private static String reasonAt(CleanedText c, int start) {
    return c.removed().stream().filter(s -> s.start() == start).map(BoilerplateSpan::reason).findFirst().orElse(null);
  }
}
