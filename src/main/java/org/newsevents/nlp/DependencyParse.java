package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CoreNLP's neural dependency model (english_UD), run by {@link TransitionParser} instead of
 * CoreNLP's own {@code nndep} code: the same decisions, about four times faster, loaded in a tenth of
 * the time, and with nothing shared between threads but the weights (CoreNLP's parser locks its
 * feature cache on every lookup). The arcs become a CoreNLP grammatical structure just as CoreNLP's
 * parser builds it, and from that the two graphs the stages read (basic and enhanced++).
 *
 * <p>Checked against CoreNLP's parser by {@code DependencyParseTest}: the same graphs on every
 * sentence of the seed articles.
 */
final class DependencyParse {
  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  private static DependencyParse shared;

  private final CompletableFuture<TransitionParser> parser;

  /** This JVM's parser. */
  static synchronized DependencyParse shared() {
    if (shared == null) {
      shared = new DependencyParse();
    }
    return shared;
  }

  private DependencyParse() {
    parser = Loading.inBackground("depparse", () -> new TransitionParser(NndepModel.load(MODEL)));
  }

  /** Waits for the background load: load errors surface here, and load time is counted where it belongs. */
  void awaitLoaded() {
    parser.join();
  }

  /** Basic and enhanced++ dependencies of one tagged sentence, set on the sentence. */
  void parse(CoreMap sentence) {
    GrammaticalStructure gs = structure(sentence, parser.join());
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
    SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE, null);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhanced);
  }

  /** The sentence's arcs as the grammatical structure CoreNLP's parser returns for them. */
  static GrammaticalStructure structure(CoreMap sentence, TransitionParser parser) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    TransitionParser.Arcs arcs = parser.parse(tokens.stream().map(CoreLabel::word).toList(),
        tokens.stream().map(CoreLabel::tag).toList());
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
    for (int i = 1; i <= tokens.size(); i++) {
      int head = arcs.heads()[i];
      IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
      IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
      dependencies.add(new TypedDependency(head == 0 ? GrammaticalRelation.ROOT : relation(arcs.labels()[i]),
          governor, dependent));
    }
    return new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
  }

  private static GrammaticalRelation relation(String label) {
    GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
    return known != null ? known
        : new GrammaticalRelation(edu.stanford.nlp.international.Language.UniversalEnglish, label, null,
            GrammaticalRelation.DEPENDENT);
  }
}
