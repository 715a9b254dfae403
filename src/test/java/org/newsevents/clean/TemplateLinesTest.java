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

  private static String reasonAt(CleanedText c, int start) {
    return c.removed().stream().filter(s -> s.start() == start).map(BoilerplateSpan::reason).findFirst().orElse(null);
  }
}
