package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * A ceiling on what the cleaner removes from wire stories that hold no boilerplate (TempEval-3): the
 * rules were tuned on the extraction benchmark, and this is where their cost to story text shows.
 */
class StoryLossTest {
  @Test
  void wireStoriesWithoutBoilerplateKeepNearlyAllTheirWords() {
    assumeTrue(StoryLossCheck.available(), "TempEval-3 not found under ../shared/datasets");
    StoryLossCheck.Loss loss = StoryLossCheck.measure(new RuleCleaner(), false);
    System.out.println("story loss: " + loss);
    assertTrue(loss.documents() > 250, loss::toString);
    assertTrue(loss.removed() <= 0.001 * loss.words(), loss::toString);
  }
}
