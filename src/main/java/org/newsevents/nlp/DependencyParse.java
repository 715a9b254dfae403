package org.newsevents.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * CoreNLP's neural dependency parser, run by this adapter rather than by the {@code depparse}
 * annotator: one parser per JVM, loaded in the background while the tagger and NER load, with a
 * larger feature cache, and building only the two graphs the stages read (basic and enhanced++; the
 * annotator builds three more).
 *
 * <p>The parser is shared by all worker threads. Its feature cache is locked on every lookup, but
 * measured with {@code bench} a parser per thread was slower (4,240 against 4,560 tokens/s at two
 * threads) and took 250 MB more: each parser's 32 MB of precomputed hidden-layer sums competes for
 * the same processor cache.
 */
final class DependencyParse {
  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /**
   * Hidden-layer contributions cached for features outside the model's precomputed set. The default
   * (5,000) misses often on news text; on the seeds 5,000 gives 1,690 tokens/s of thread CPU for the
   * whole parse, 30,000 gives 2,390 (about 50 MB), and 100,000 or 250,000 are no faster. The system
   * property {@code newsevents.depparse.cached} overrides it for measurement.
   */
  static final int CACHED_FEATURES = Integer.getInteger("newsevents.depparse.cached", 30_000);

  private static DependencyParse shared;

  private final CompletableFuture<DependencyParser> parser;

  /** This JVM's parser. */
  static synchronized DependencyParse shared() {
    if (shared == null) {
      shared = new DependencyParse();
    }
    return shared;
  }

  private DependencyParse() {
    parser = Loading.inBackground("depparse", DependencyParse::load);
  }

  /** Waits for the background load: load errors surface here, and load time is counted where it belongs. */
  void awaitLoaded() {
    parser.join();
  }

  /** Basic and enhanced++ dependencies of one tagged sentence, set on the sentence. */
  void parse(CoreMap sentence) {
    GrammaticalStructure gs = parser.join().predict(sentence);
    SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
    SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
        GrammaticalStructure.Extras.NONE, null);
    sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, enhanced);
  }

  private static DependencyParser load() {
    Properties config = new Properties();
    config.setProperty("numCached", Integer.toString(CACHED_FEATURES));
    DependencyParser parser = new DependencyParser(config);
    parser.loadModelFile(MODEL);
    return parser;
  }
}
