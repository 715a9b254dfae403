package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * Floors under the cleaner's bag-of-words F1 (mean over pages, and pooled over them as the issue
 * states its targets) on the article-extraction benchmark, so a change that loses ground fails. Run
 * {@code BenchmarkScore} for the figures page by page.
 */
class BenchmarkFloorTest {
  @Test
  void naiveTextCleanedAndHtmlExtractedStayAboveTheirFloors() {
    assumeTrue(BenchmarkPages.available(), "benchmark data not found under ../shared/datasets");
    BenchmarkPages bench = BenchmarkPages.load();
    BenchmarkScore naive = BenchmarkScore.of(bench, BenchmarkScore::naive);
    BenchmarkScore text = BenchmarkScore.of(bench, BenchmarkScore::cleanedText);
    BenchmarkScore html = BenchmarkScore.of(bench, BenchmarkScore::cleanedHtml);
    BenchmarkScore pipeline = BenchmarkScore.of(bench, BenchmarkScore::pipelineHtml);
    System.out.println("naive: " + naive + "\ntext:  " + text + "\nhtml:  " + html + "\npipeline: " + pipeline);
    assertTrue(text.meanF1() >= 0.96, text::toString);
    assertTrue(text.meanRecall() >= 0.98, text::toString);
    assertTrue(text.pooledF1() >= 0.978, text::toString);
    assertTrue(html.meanF1() >= 0.973, html::toString);
    assertTrue(html.meanRecall() >= 0.988, html::toString);
    assertTrue(html.pooledF1() >= 0.982, html::toString);
    assertTrue(pipeline.meanF1() >= 0.973, pipeline::toString);
    assertTrue(pipeline.pooledF1() >= 0.982, pipeline::toString);
    assertTrue(text.meanF1() > naive.meanF1() + 0.2, text::toString);
  }

  /** The line classifier scored on pages it was not trained on: even pages' model on odd pages and back. */
  @Test
  void crossValidatedLineClassifierStaysAboveTheRulesAlone() {
    assumeTrue(BenchmarkPages.available(), "benchmark data not found under ../shared/datasets");
    java.util.List<BenchmarkScore> cv = TrainLineClassifier.crossValidate(BenchmarkPages.load().pages());
    System.out.println("cross-validated text: " + cv.get(0) + "\ncross-validated html: " + cv.get(1));
    assertTrue(cv.get(0).meanF1() >= 0.96, cv.get(0)::toString);
    assertTrue(cv.get(0).meanRecall() >= 0.978, cv.get(0)::toString);
    assertTrue(cv.get(0).pooledF1() >= 0.977, cv.get(0)::toString);
    assertTrue(cv.get(1).meanF1() >= 0.973, cv.get(1)::toString);
  }
}
