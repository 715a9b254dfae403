package org.newsevents.nlp;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * CoreNLP's neural dependency parser, one instance per concurrent caller.
 *
 * <p>CoreNLP's {@code depparse} annotator shares one parser between all threads, and that parser guards
 * its feature cache with a lock that every transition takes: at two threads the second one mostly
 * waits. Here each thread borrows a parser of its own from a small pool (at most one per thread that
 * ever parses at the same time), so nothing is shared. The first parser loads in the background while
 * the rest of CoreNLP loads. Only the two graphs the stages read are built: basic and enhanced++
 * (the annotator also builds three more).
 */
final class DependencyParsers {
  static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  /**
   * Hidden-layer contributions cached per parser for features outside the model's precomputed set. The
   * default (5,000) misses often on news text; 30,000 takes about 50 MB per parser and parses about a
   * quarter faster (on the seeds 5,000: 1,690 tokens/s of thread CPU for the whole parse; 30,000:
   * 2,390; 100,000 and 250,000: no faster). The system property {@code newsevents.depparse.cached}
   * overrides it for measurement.
   */
  static final int CACHED_FEATURES = Integer.getInteger("newsevents.depparse.cached", 30_000);

  private static DependencyParsers shared;

  private final ConcurrentLinkedQueue<DependencyParser> idle = new ConcurrentLinkedQueue<>();
  private final CompletableFuture<DependencyParser> first;
  private final AtomicInteger loaded = new AtomicInteger();

  /** This JVM's pool: every parser of the process borrows from it. */
  static synchronized DependencyParsers shared() {
    if (shared == null) {
      shared = new DependencyParsers();
    }
    return shared;
  }

  private DependencyParsers() {
    first = Loading.inBackground("depparse", this::load);
  }

  /** Basic and enhanced++ dependencies of one tagged sentence, set on the sentence. */
  void parse(CoreMap sentence) {
    DependencyParser parser = borrow();
    try {
      GrammaticalStructure gs = parser.predict(sentence);
      SemanticGraph basic = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC,
          GrammaticalStructure.Extras.NONE, null);
      SemanticGraph enhanced = SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
          GrammaticalStructure.Extras.NONE, null);
      sentence.set(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
      sentence.set(edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
          enhanced);
    } finally {
      idle.add(parser);
    }
  }

  /** How many parsers exist: one per thread that has parsed concurrently. */
  int instances() {
    return loaded.get();
  }

  /** Waits for the first parser: load errors surface here, and load time is counted where it belongs. */
  void awaitFirst() {
    idle.add(borrow());
  }

  private DependencyParser borrow() {
    if (!firstReady) {
      synchronized (this) {
        if (!firstReady) {
          idle.add(first.join());
          firstReady = true;
        }
      }
    }
    DependencyParser p = idle.poll();
    return p != null ? p : load();
  }

  private volatile boolean firstReady;

  private DependencyParser load() {
    Properties config = new Properties();
    config.setProperty("numCached", Integer.toString(CACHED_FEATURES));
    DependencyParser parser = new DependencyParser(config);
    parser.loadModelFile(MODEL);
    loaded.incrementAndGet();
    return parser;
  }
}
