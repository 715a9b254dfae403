package org.newsevents.eval;

import java.util.List;

/**
 * The scores of one set of predictions on one gold set.
 *
 * @param label    what was read and how ("HTML in", or the gold format)
 * @param failed   documents whose record is an error record (scored as empty)
 * @param missing  gold documents with no record at all (scored as empty)
 */
public record EvaluationRun(String label, String predictions, int documents, int failed, int missing,
                            List<StageReport> stages) {
  public EvaluationRun {
    stages = List.copyOf(stages);
  }

  public StageReport stage(Stage stage) {
    return stages.stream().filter(s -> s.title().equals(stage.label())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no " + stage.label() + " scores"));
  }
}
