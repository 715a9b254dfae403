package org.newsevents.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.Span;

/**
 * Pairs gold and predicted temporal expressions one to one, as the TempEval-3 normaliser does before
 * scoring: identical extents first, then the largest overlap. A pair is a relaxed match; a pair with
 * identical extents is also a strict match.
 */
public final class TimexAlignment {
  private TimexAlignment() {}

  /** @return for each gold index, the index of its predicted partner, or -1 */
  public static int[] align(List<? extends Span> gold, List<? extends Span> predicted) {
    int[] partner = new int[gold.size()];
    java.util.Arrays.fill(partner, -1);
    boolean[] taken = new boolean[predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        if (!taken[p] && sameExtent(gold.get(g), predicted.get(p))) {
          partner[g] = p;
          taken[p] = true;
          break;
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (partner[g] >= 0) {
        continue;
      }
      int best = -1;
      int bestOverlap = 0;
      for (int p = 0; p < predicted.size(); p++) {
        int overlap = overlap(gold.get(g), predicted.get(p));
        if (!taken[p] && overlap > bestOverlap) {
          best = p;
          bestOverlap = overlap;
        }
      }
      if (best >= 0) {
        partner[g] = best;
        taken[best] = true;
      }
    }
    return partner;
  }

  public static boolean sameExtent(Span a, Span b) {
    return a.start() == b.start() && a.end() == b.end();
  }

  private static int overlap(Span a, Span b) {
    return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
  }

  static <T> List<T> unpaired(List<T> predicted, int[] partner) {
    boolean[] used = new boolean[predicted.size()];
    for (int p : partner) {
      if (p >= 0) {
        used[p] = true;
      }
    }
    List<T> out = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      if (!used[i]) {
        out.add(predicted.get(i));
      }
    }
    return out;
  }
}
