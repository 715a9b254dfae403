package org.newsevents.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.ArticleSource;
import org.newsevents.ingest.Ingested;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Article;
import org.newsevents.model.BoilerplateSpan;
import org.newsevents.model.Entity;
import org.newsevents.model.EntityType;
import org.newsevents.model.EventTriple;
import org.newsevents.model.Timex;

/** The acceptance checks of the pipeline issue, on the real text of seed 000 with its publication date. */
class SeedArticleTest {
  static AnalyzedArticle seed;

  @BeforeAll
  static void runSeed() throws IOException {
    try (ArticleSource source = ArticleSource.open(List.of("corpus/articles/000_67f3409273c89135.txt"), System.in)) {
      Article article = ((Ingested.Ok) source.next()).article();
      seed = Pipelines.standard().run(article);
    }
  }

  @Test
  void documentDateComesFromTheSidecar() {
    assertEquals("2019-11-22", seed.documentDate().value().toString());
    assertEquals("metadata", seed.documentDate().source().label());
  }

  @Test
  void donationBannerIsRemovedWithAReason() {
    String text = seed.article().text();
    for (String line : List.of("Enjoying ad-free content?", "Support us", "Not ready to support today?",
        "Remind me later.")) {
      int at = text.indexOf(line);
      BoilerplateSpan span = seed.cleaned().removed().stream()
          .filter(s -> s.start() <= at && at + line.length() <= s.end()).findFirst()
          .orElseThrow(() -> new AssertionError("not removed: " + line));
      assertEquals("donation-appeal", span.reason());
    }
    assertFalse(seed.cleaned().kept().contains("Since July 1, 2024"));
    assertTrue(seed.cleaned().kept().startsWith("Serbia's President Accuses Russia of Spying"));
  }

  @Test
  void vucicIsOnePersonEntity() {
    List<Entity> vucic = seed.entities().stream().filter(e -> e.key().contains("vucic")).toList();
    assertEquals(1, vucic.size(), () -> "entities: " + vucic);
    Entity e = vucic.get(0);
    assertEquals(EntityType.PERSON, e.type());
    assertEquals("Aleksandar Vucic", e.name());
    assertTrue(e.mentions().size() >= 9, () -> "mentions: " + e.mentions());
    assertTrue(e.mentions().stream().anyMatch(m -> m.text().equals("Vucic")));
  }

  @Test
  void lastDecemberIsDecember2018() {
    Timex t = seed.timexes().stream().filter(x -> x.text().equals("last December")).findFirst().orElseThrow();
    assertEquals("2018-12", t.value());
    assertEquals("last December", seed.article().text().substring(t.start(), t.end()));
  }

  @Test
  void intelligenceAgenciesUncoverAnOperation() {
    EventTriple e = seed.events().stream().filter(v -> v.predicate().lemma().equals("uncover")).findFirst()
        .orElseThrow();
    assertEquals("Serbian intelligence agencies", e.subject().text());
    assertTrue(e.object().text().equals("a wide-ranging intelligence operation")
        || e.object().text().equals("operation"), e.object().text());
    assertEquals("INVESTIGATE", e.type());
    assertEquals(e.object().text(), seed.article().text().substring(e.object().start(), e.object().end()));
  }
}
