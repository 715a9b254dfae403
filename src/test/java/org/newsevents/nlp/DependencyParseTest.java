package org.newsevents.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter's parser makes CoreNLP's parser's decisions: same model, same graphs. */
class DependencyParseTest {
  private static TransitionParser ours;

  @BeforeAll
  static void load() {
    ours = new TransitionParser(NndepModel.load(DependencyParse.MODEL));
  }

  private static String graph(GrammaticalStructure gs, SemanticGraphFactory.Mode mode) {
    return SemanticGraphFactory.makeFromTree(gs, mode, GrammaticalStructure.Extras.NONE, null).toList();
  }

  @Test
  void everySeedSentenceGetsCoreNlpsGraphs() {
    DependencyParser stock = new DependencyParser(new java.util.Properties());
    stock.loadModelFile(DependencyParse.MODEL);
    int sentences = 0;
    for (String text : ReferenceRuns.seedTexts()) {
      Annotation doc = ReferenceRuns.tagged(text, "2019-11-22");
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        GrammaticalStructure theirs = stock.predict(s);
        GrammaticalStructure mine = DependencyParse.structure(s, ours);
        for (var mode : List.of(SemanticGraphFactory.Mode.BASIC, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS)) {
          assertEquals(graph(theirs, mode), graph(mine, mode), s.toString());
        }
        sentences++;
      }
    }
    assertTrue(sentences > 200, "seed sentences: " + sentences);
  }

  @Test
  void aSeedSentenceHasItsSubjectAndObject() {
    Annotation doc = ReferenceRuns.tagged("Serbian intelligence agencies have uncovered a wide-ranging intelligence "
        + "operation involving Russian spies and members of the Serbian military, President Aleksandar Vucic said "
        + "on Thursday.", "2019-11-22");
    CoreMap s = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
    String basic = graph(DependencyParse.structure(s, ours), SemanticGraphFactory.Mode.BASIC);
    assertTrue(basic.contains("nsubj(uncovered-5, agencies-3)"), basic);
    assertTrue(basic.contains("obj(uncovered-5, operation-11)"), basic);
    // The model hangs a fronted reported clause on the verb of saying as an adverbial clause.
    assertTrue(basic.contains("advcl(said-25, uncovered-5)"), basic);
    assertTrue(basic.contains("nsubj(said-25, Vucic-24)"), basic);
  }

  @Test
  void anEmptySentenceAndOneWordParse() {
    TransitionParser.Arcs none = ours.parse(List.of(), List.of());
    assertEquals(1, none.heads().length);
    TransitionParser.Arcs one = ours.parse(List.of("Kremlin"), List.of("NNP"));
    assertEquals(0, one.heads()[1]);
    assertEquals("root", one.labels()[1]);
  }
}
