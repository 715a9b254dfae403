package org.newsevents.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Precision, recall and F1 and the bag of words, on counts worked out by hand. */
class ScorerArithmeticTest {
  @Test
  void precisionRecallAndF1() {
    PrecisionRecall pr = PrecisionRecall.of(3, 6, 4);
    assertEquals(0.5, pr.precision(), 1e-9);
    assertEquals(0.75, pr.recall(), 1e-9);
    assertEquals(0.6, pr.f1(), 1e-9);
    assertEquals(0, PrecisionRecall.of(0, 0, 5).f1(), 1e-9);
  }

  @Test
  void bagOfWordsOverlapIsAMultisetIntersectionOfLowercasedWords() {
    WordBag kept = WordBag.of("The cat sat on the mat.");
    WordBag gold = WordBag.of("the CAT, the dog");
    assertEquals(6, kept.size());
    assertEquals(4, gold.size());
    // the x2 + cat; "sat", "on", "mat" and "dog" are unmatched.
    assertEquals(3, kept.overlap(gold));
    assertEquals(3, gold.overlap(kept));
  }

  @Test
  void contentWordsDropFunctionWordsButKeepABarePronoun() {
    assertEquals(java.util.Set.of("serbian", "president"), ContentWords.of("the Serbian president"));
    assertEquals(java.util.Set.of("he"), ContentWords.of("he"));
  }
}
