package org.newsevents.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Boilerplate removal against the gold story: bag-of-words precision and recall of the kept text
 * (lower-cased words, multiset overlap), both error kinds, and line-level scores when the gold lists
 * its boilerplate lines.
 */
public final class BoilerplateScorer implements StageScorer {
  /** A line is blamed when fewer than this share of its words are found on the other side. */
  private static final double BLAME_BELOW = 0.5;

  private PrecisionRecall words = PrecisionRecall.EMPTY;
  private PrecisionRecall lines = PrecisionRecall.EMPTY;
  private boolean lineGold;
  private int storyLinesLost;
  private int storyLines;
  private double sumP;
  private double sumR;
  private double sumF;
  private int documents;
  private final MissTally misses = new MissTally();

  @Override
  public Stage stage() {
    return Stage.BOILERPLATE;
  }

  @Override
  public void add(GoldDocument gold, OutputRecord predicted) {
    WordBag kept = WordBag.of(predicted.keptText());
    WordBag story = WordBag.of(gold.body());
    PrecisionRecall doc = PrecisionRecall.of(kept.overlap(story), kept.size(), story.size());
    words = words.plus(doc);
    sumP += doc.precision();
    sumR += doc.recall();
    sumF += doc.f1();
    documents++;
    if (gold.boilerplateLines() != null) {
      scoreLines(gold, predicted);
    } else {
      blameParagraphs(gold, predicted, kept, story);
    }
  }

  private void scoreLines(GoldDocument gold, OutputRecord predicted) {
    lineGold = true;
    String text = gold.article().text();
    List<Region> removed = predicted.boilerplate();
    int both = 0;
    int predictedLines = 0;
    int goldLines = 0;
    for (Region line : SourceLines.of(text)) {
      boolean isBoilerplate = SourceLines.touched(line, gold.boilerplateLines());
      boolean wasRemoved = SourceLines.covered(text, line, removed);
      String content = text.substring(line.start(), line.end()).strip();
      int weight = WordBag.words(content).size();
      goldLines += isBoilerplate ? 1 : 0;
      predictedLines += wasRemoved ? 1 : 0;
      both += isBoilerplate && wasRemoved ? 1 : 0;
      if (!isBoilerplate) {
        storyLines++;
      }
      if (!isBoilerplate && wasRemoved) {
        storyLinesLost++;
        misses.add("story lost", gold.id(), content, weight);
      } else if (isBoilerplate && !wasRemoved) {
        misses.add("boilerplate kept", gold.id(), content, weight);
      }
    }
    lines = lines.plus(PrecisionRecall.of(both, predictedLines, goldLines));
  }

  /** Without line gold, blame kept lines that are mostly not story, and story paragraphs mostly not kept. */
  private void blameParagraphs(GoldDocument gold, OutputRecord predicted, WordBag kept, WordBag story) {
    for (String line : predicted.keptText().split("\n")) {
      blame(gold.id(), "boilerplate kept", line, story);
    }
    for (String paragraph : gold.body().split("\n")) {
      blame(gold.id(), "story lost", paragraph, kept);
    }
  }

  private void blame(String id, String kind, String line, WordBag other) {
    List<String> ws = WordBag.words(line);
    if (ws.isEmpty()) {
      return;
    }
    long found = ws.stream().filter(other::contains).count();
    if (found < BLAME_BELOW * ws.size()) {
      misses.add(kind, id, line.strip(), ws.size());
    }
  }

  @Override
  public StageReport report(String title, int worst) {
    List<StageReport.Row> rows = new ArrayList<>();
    rows.add(new StageReport.Row("words (pooled)", words));
    if (lineGold) {
      rows.add(new StageReport.Row("boilerplate lines", lines));
    }
    List<StageReport.Figure> figures = new ArrayList<>();
    int overlap = words.matchedGold();
    figures.add(new StageReport.Figure("mean document precision", documents == 0 ? 0 : sumP / documents, ""));
    figures.add(new StageReport.Figure("mean document recall", documents == 0 ? 0 : sumR / documents, ""));
    figures.add(new StageReport.Figure("mean document F1", documents == 0 ? 0 : sumF / documents, ""));
    figures.add(share("story words lost", words.gold() - overlap, words.gold()));
    figures.add(share("boilerplate words kept", words.predicted() - overlap, words.predicted()));
    if (lineGold) {
      figures.add(share("story lines lost", storyLinesLost, storyLines));
      figures.add(share("boilerplate lines kept", lines.gold() - lines.matchedGold(), lines.gold()));
    }
    return new StageReport(title, documents, rows, figures, misses.worst(worst));
  }

  static StageReport.Figure share(String label, int part, int whole) {
    return new StageReport.Figure(label, whole == 0 ? 0 : (double) part / whole, part + "/" + whole);
  }
}
