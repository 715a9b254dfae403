package org.newsevents.clean;

import java.util.Map;

/** The content-extraction benchmark metric: lowercase \w+ tokens as multisets, P, R and F1 (and the counts, for pooling). */
record BagOfWords(double precision, double recall, double f1, long overlap, long predicted, long gold) {

  static BagOfWords score(String predicted, String gold) {
    Map<String, Integer> p = BenchmarkWords.bag(predicted);
    Map<String, Integer> g = BenchmarkWords.bag(gold);
    long overlap = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    }
    long np = p.values().stream().mapToLong(Integer::longValue).sum();
    long ng = g.values().stream().mapToLong(Integer::longValue).sum();
    double prec = np == 0 ? 0 : (double) overlap / np;
    double rec = ng == 0 ? 0 : (double) overlap / ng;
    double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
    return new BagOfWords(prec, rec, f1, overlap, np, ng);
  }
}
