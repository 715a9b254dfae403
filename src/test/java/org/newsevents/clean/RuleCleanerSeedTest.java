package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.model.CleanedText;

/** The seed gold, line by line: every boilerplate line removed, every story line kept. */
class RuleCleanerSeedTest {
  private final List<SeedGold> seeds = SeedGold.load();

  @Test
  void removesEveryGoldBoilerplateLineAndKeepsEveryStoryLine() {
    SeedScore score = SeedScore.of(new RuleCleaner(), seeds);
    assertEquals(score.boilerplate, score.removed, score::toString);
    assertEquals(score.story, score.kept, score::toString);
  }

  @Test
  void moscowTimesSeedLosesItsBannerAndPhotoCreditButKeepsItsHeadline() {
    SeedGold seed = seeds.stream().filter(s -> s.article().id().startsWith("000_")).findFirst().orElseThrow();
    CleanedText cleaned = new RuleCleaner().clean(seed.article());
    String kept = cleaned.kept();
    assertFalse(kept.contains("Since July 1, 2024"), kept);
    assertFalse(kept.contains("Support us"), kept);
    assertFalse(kept.contains("Anrej Cukic / EPA / TASS"), kept);
    assertTrue(kept.startsWith("Serbia's President Accuses Russia of Spying\n"), kept);
    assertTrue(kept.endsWith("Collective Security Treaty Organization."), kept);
    assertEquals(cleaned.source().length(), cleaned.masked().length());
  }
}
