package org.newsevents.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line classifier's weights, a maxent model read from {@code models/boilerplate/line-classifier.tsv}
 * (one feature a line: its weight toward boilerplate, its weight toward story). The probability that
 * a line is boilerplate is the softmax of the two summed weights, as OpenNLP's GIS model scores it.
 */
public final class LineModel {
  public static final String FILE = "line-classifier.tsv";
  private final Map<String, double[]> weights;

  public LineModel(Map<String, double[]> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** No weights: every line scores 0.5, below any threshold worth using. */
  public static LineModel none() {
    return new LineModel(Map.of());
  }

  private static volatile LineModel standard;

  /**
   * The model in the book, or {@link #none()} when the book has none; read once per JVM, since a
   * cleaner is built per batch (and per Spark partition) and the weights never change in a run.
   */
  public static LineModel standard(RuleBook book) {
    LineModel m = standard;
    if (m == null) {
      String text = book.optionalText(FILE);
      m = text == null ? none() : parse(text);
      standard = m;
    }
    return m;
  }

  public static LineModel parse(String tsv) {
    Map<String, double[]> w = new HashMap<>();
    for (String row : tsv.split("\n")) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] cols = row.split("\t");
      w.put(cols[0], new double[] {Double.parseDouble(cols[1]), Double.parseDouble(cols[2])});
    }
    return new LineModel(w);
  }

  public String toTsv(String header) {
    StringBuilder out = new StringBuilder(header);
    weights.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        out.append(e.getKey()).append('\t').append(e.getValue()[0]).append('\t').append(e.getValue()[1]).append('\n'));
    return out.toString();
  }

  public boolean empty() {
    return weights.isEmpty();
  }

  public double boilerplateProbability(List<String> features) {
    double boiler = 0;
    double story = 0;
    for (String f : features) {
      double[] w = weights.get(f);
      if (w != null) {
        boiler += w[0];
        story += w[1];
      }
    }
    return 1 / (1 + Math.exp(story - boiler));
  }
}
