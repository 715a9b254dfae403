package org.newsevents.eval;

import java.util.List;

/**
 * The scores of one stage on one gold set.
 *
 * @param rows    precision / recall / F1 rows (overall first, then per type)
 * @param figures single numbers: accuracies, attribute F1s, counts
 * @param worst   the worst misses, most costly first
 */
public record StageReport(String title, int documents, List<Row> rows, List<Figure> figures, List<Miss> worst) {
  public StageReport {
    rows = List.copyOf(rows);
    figures = List.copyOf(figures);
    worst = List.copyOf(worst);
  }

  public record Row(String label, PrecisionRecall counts) {}

  /** A single figure; {@code detail} says what it counts ("412/579"). */
  public record Figure(String label, double value, String detail) {}

  public Row row(String label) {
    return rows.stream().filter(r -> r.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no row " + label + " in " + title));
  }

  public Figure figure(String label) {
    return figures.stream().filter(f -> f.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no figure " + label + " in " + title));
  }
}
