package org.newsevents.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Temporal expressions, TempEval-3 Task A as its official scorer defines it. Gold and predicted
 * TIMEX3 are paired one to one by overlap ({@link TimexAlignment}). Relaxed precision = paired
 * predictions / predictions, relaxed recall = paired gold / gold; strict counts only pairs with
 * identical extents. Value and type are judged on the relaxed pairs: accuracy = correct / pairs, and
 * attribute F1 = accuracy x relaxed F1 (so value P = relaxed P x value accuracy, likewise R).
 */
public final class TimexScorer implements StageScorer {
  private int gold;
  private int predicted;
  private int strict;
  private int relaxed;
  private int valueCorrect;
  private int typeCorrect;
  private int documents;
  private final MissTally misses = new MissTally();

  @Override
  public Stage stage() {
    return Stage.TIMEXES;
  }

  @Override
  public void add(GoldDocument doc, OutputRecord record) {
    documents++;
    List<GoldTimex> g = doc.timexes();
    List<OutputRecord.Timex> p = record.timexes().stream().filter(doc::inScope).toList();
    gold += g.size();
    predicted += p.size();
    int[] partner = TimexAlignment.align(g, p);
    for (int i = 0; i < g.size(); i++) {
      GoldTimex gt = g.get(i);
      if (partner[i] < 0) {
        misses.add("missed", doc.id(), gt.text() + " (" + gt.type() + " " + gt.value() + ")", 1);
        continue;
      }
      OutputRecord.Timex pt = p.get(partner[i]);
      relaxed++;
      if (TimexAlignment.sameExtent(gt, pt)) {
        strict++;
      } else {
        misses.add("extent", doc.id(), "\"" + pt.text() + "\" for gold \"" + gt.text() + "\"", 1);
      }
      if (Objects.equals(gt.value(), pt.value())) {
        valueCorrect++;
      } else {
        misses.add("wrong value", doc.id(), gt.text() + ": " + pt.value() + " for gold " + gt.value(), 1);
      }
      if (Objects.equals(gt.type(), pt.type())) {
        typeCorrect++;
      } else {
        misses.add("wrong type", doc.id(), gt.text() + ": " + pt.type() + " for gold " + gt.type(), 1);
      }
    }
    for (OutputRecord.Timex pt : TimexAlignment.unpaired(p, partner)) {
      misses.add("spurious", doc.id(), pt.text() + " (" + pt.type() + " " + pt.value() + ")", 1);
    }
  }

  @Override
  public StageReport report(String title, int worst) {
    PrecisionRecall strictCounts = new PrecisionRecall(strict, predicted, strict, gold);
    PrecisionRecall relaxedCounts = new PrecisionRecall(relaxed, predicted, relaxed, gold);
    double relaxedF1 = relaxedCounts.f1();
    double valueAccuracy = relaxed == 0 ? 0 : (double) valueCorrect / relaxed;
    double typeAccuracy = relaxed == 0 ? 0 : (double) typeCorrect / relaxed;
    List<StageReport.Figure> figures = new ArrayList<>();
    figures.add(new StageReport.Figure("value F1", valueAccuracy * relaxedF1, "value accuracy x relaxed F1"));
    figures.add(new StageReport.Figure("type F1", typeAccuracy * relaxedF1, "type accuracy x relaxed F1"));
    figures.add(new StageReport.Figure("value accuracy", valueAccuracy, valueCorrect + "/" + relaxed));
    figures.add(new StageReport.Figure("type accuracy", typeAccuracy, typeCorrect + "/" + relaxed));
    return new StageReport(title, documents,
        List.of(new StageReport.Row("strict", strictCounts), new StageReport.Row("relaxed", relaxedCounts)),
        figures, misses.worst(worst));
  }
}
