package org.newsevents.clean;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Trains the {@link LineModel} with OpenNLP's maxent trainer (L-BFGS, L2 penalty) from labelled lines. */
public final class LineModelTrainer {
  public static final String BOILERPLATE = "boilerplate";
  public static final String STORY = "story";

  /** One line's cues and whether it belongs to the story. */
  public record Example(List<String> features, boolean story) {}

  private LineModelTrainer() {}

  /** L-BFGS maxent with an L2 penalty: with a few thousand lines, unpenalised GIS learns the pages. */
  public static LineModel train(List<Example> examples, int iterations, int cutoff, double l2) {
    List<Event> events = examples.stream()
        .map(e -> new Event(e.story() ? STORY : BOILERPLATE, e.features().toArray(new String[0])))
        .toList();
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
    params.put("L1Cost", 0.0);
    params.put("L2Cost", l2);
    params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
    params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    try {
      EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
      AbstractModel model = (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
      return weights(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static LineModel weights(AbstractModel model) {
    Object[] data = model.getDataStructures();
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    Map<String, double[]> w = new HashMap<>();
    for (Map.Entry<String, Context> e : predicates.entrySet()) {
      double[] pair = new double[2];
      int[] os = e.getValue().getOutcomes();
      double[] ps = e.getValue().getParameters();
      for (int k = 0; k < os.length; k++) {
        pair[outcomes[os[k]].equals(BOILERPLATE) ? 0 : 1] = ps[k];
      }
      w.put(e.getKey(), pair);
    }
    return new LineModel(w);
  }
}
