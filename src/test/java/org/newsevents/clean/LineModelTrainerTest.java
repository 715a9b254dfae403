package org.newsevents.clean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trainer on a small made-up set: the cues that go with each label pull the probability its way. */
class LineModelTrainerTest {
  @Test
  void learnedWeightsSeparateTheTwoKindsOfLine() {
    List<LineModelTrainer.Example> examples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      examples.add(new LineModelTrainer.Example(List.of("bias", "words=1", "ends=false", "prevMarked=true"), false));
      examples.add(new LineModelTrainer.Example(List.of("bias", "words=5", "ends=true", "prevMarked=false"), true));
    }
    LineModel m = LineModelTrainer.train(examples, 100, 1, 0.1);
    double menu = m.boilerplateProbability(List.of("bias", "words=1", "ends=false", "prevMarked=true"));
    double prose = m.boilerplateProbability(List.of("bias", "words=5", "ends=true", "prevMarked=false"));
    assertTrue(menu > 0.9, "menu line " + menu);
    assertTrue(prose < 0.1, "prose line " + prose);
    LineModel reread = LineModel.parse(m.toTsv("# test\n"));
    assertTrue(Math.abs(reread.boilerplateProbability(List.of("bias", "words=1")) - m.boilerplateProbability(
        List.of("bias", "words=1"))) < 1e-9, "the tsv keeps the weights");
  }
}
