package org.newsevents.eval;

import java.io.PrintStream;
import java.util.Locale;

/** The evaluation as a table a developer reads: per stage P/R/F1 rows, figures, then the worst misses. */
public final class ReportTable {
  private ReportTable() {}

  public static void print(String gold, String format, java.util.List<EvaluationRun> runs, PrintStream out) {
    out.printf("gold %s (%s)%n", gold, format);
    for (EvaluationRun run : runs) {
      out.println();
      out.printf("== %s: %d documents, predictions from %s%s%n", run.label(), run.documents(), run.predictions(),
          run.failed() + run.missing() == 0 ? ""
              : String.format(" (%d failed, %d missing: scored as empty)", run.failed(), run.missing()));
      for (StageReport stage : run.stages()) {
        out.println();
        out.printf("-- %s (%d documents)%n", stage.title(), stage.documents());
        if (!stage.rows().isEmpty()) {
          out.printf(Locale.ROOT, "   %-22s %7s %7s %7s   %s%n", "", "P", "R", "F1", "counts");
          for (StageReport.Row r : stage.rows()) {
            PrecisionRecall c = r.counts();
            out.printf(Locale.ROOT, "   %-22s %7.3f %7.3f %7.3f   %s%n", r.label(), c.precision(), c.recall(), c.f1(),
                counts(c));
          }
        }
        for (StageReport.Figure f : stage.figures()) {
          out.printf(Locale.ROOT, "   %-40s %7.3f   %s%n", f.label(), f.value(), f.detail());
        }
        if (!stage.worst().isEmpty()) {
          out.println("   worst misses:");
          for (Miss m : stage.worst()) {
            out.printf("     %4d  %-18s %s  [%s]%n", m.weight(), m.kind(), shorten(m.text()), m.document());
          }
        }
      }
    }
  }

  private static String counts(PrecisionRecall c) {
    if (c.matchedPredicted() == c.matchedGold()) {
      return String.format("%d matched, %d predicted, %d gold", c.matchedGold(), c.predicted(), c.gold());
    }
    return String.format("%d/%d predicted, %d/%d gold", c.matchedPredicted(), c.predicted(), c.matchedGold(), c.gold());
  }

  private static String shorten(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 110 ? one : one.substring(0, 107) + "...";
  }
}
