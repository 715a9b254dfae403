package org.newsevents.eval;

/** Scores one stage: reads documents one at a time, then reports over all of them. */
public interface StageScorer {
  Stage stage();

  void add(GoldDocument gold, OutputRecord predicted);

  StageReport report(String title, int worst);
}
