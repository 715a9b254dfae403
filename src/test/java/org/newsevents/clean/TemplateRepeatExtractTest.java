package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;
import org.newsevents.model.Article;

/**
 * The batch run of the issue: {@code extract} over a folder of pages from one site (the two Al
 * Jazeera pages of the benchmark, flattened to text, each with its url in a sidecar). A menu line
 * both pages carry, which no phrase rule names, comes out removed as template-repeat: the first pass
 * over the folder learned it.
 */
class TemplateRepeatExtractTest {
  private static final String MENU = "Featured Documentaries";

  @Test
  void extractOverOneSitesFolderRemovesItsRecurringLineAsTemplate(@TempDir Path dir) throws Exception {
    assumeTrue(BenchmarkPages.available(), "benchmark data not found under ../shared/datasets");
    List<BenchmarkPages.Page> site = BenchmarkPages.load().pages().stream()
        .filter(p -> p.url().contains("aljazeera.com")).toList();
    assertEquals(2, site.size());
    Path in = Files.createDirectories(dir.resolve("in"));
    for (BenchmarkPages.Page p : site) {
      Files.writeString(in.resolve(p.id() + ".txt"), BenchmarkScore.naive(p));
      Files.writeString(in.resolve(p.id() + ".meta.json"), "{\"url\": \"" + p.url() + "\"}");
    }
    BenchmarkPages.Page page = site.get(0);
    String text = BenchmarkScore.naive(page);
    int start = text.indexOf("\n" + MENU + "\n") + 1;
    assertTrue(start > 0);
    // No rule that names what a line is takes it on its own page.
    Article alone = new Article(page.id(), page.url(), null, text, null, page.id());
    assertNull(reasonAt(RuleCleaner.insideArticle(TemplateLines.none()).clean(alone).removed(), start));

    Path out = dir.resolve("out.jsonl");
    assertEquals(Main.OK, Main.commandLine().execute("extract", in.toString(), "-o", out.toString(), "--no-progress"));
    JsonNode record = null;
    for (String line : Files.readAllLines(out)) {
      JsonNode r = new ObjectMapper().readTree(line);
      if (r.path("id").asText().equals(page.id())) {
        record = r;
      }
    }
    assertTrue(record != null && record.path("error").isMissingNode(), String.valueOf(record));
    String reason = null;
    for (JsonNode span : record.path("boilerplate")) {
      if (span.path("start").asInt() == start) {
        reason = span.path("reason").asText();
      }
    }
    assertEquals("template-repeat", reason);
  }

  private static String reasonAt(List<org.newsevents.model.BoilerplateSpan> spans, int start) {
    return spans.stream().filter(s -> s.start() == start).map(s -> s.reason()).findFirst().orElse(null);
  }
}
