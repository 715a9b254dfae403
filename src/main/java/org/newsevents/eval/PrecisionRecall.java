package org.newsevents.eval;

/**
 * Counts behind a precision, recall and F1. Precision and recall keep separate numerators because a
 * lenient match can pair one prediction with one gold item on each side without the counts being a
 * single true-positive figure (TempEval-3 counts them separately too).
 *
 * @param matchedPredicted predictions that match some gold item
 * @param predicted        all predictions
 * @param matchedGold      gold items that some prediction matches
 * @param gold             all gold items
 */
public record PrecisionRecall(int matchedPredicted, int predicted, int matchedGold, int gold) {
  public static final PrecisionRecall EMPTY = new PrecisionRecall(0, 0, 0, 0);

  /** Exact matching, where a true positive counts once on each side. */
  public static PrecisionRecall of(int truePositives, int predicted, int gold) {
    return new PrecisionRecall(truePositives, predicted, truePositives, gold);
  }

  public PrecisionRecall plus(PrecisionRecall o) {
    return new PrecisionRecall(matchedPredicted + o.matchedPredicted, predicted + o.predicted,
        matchedGold + o.matchedGold, gold + o.gold);
  }

  /** 0 when nothing was predicted: the conlleval convention. */
  public double precision() {
    return predicted == 0 ? 0 : (double) matchedPredicted / predicted;
  }

  public double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
