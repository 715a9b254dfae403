package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.Dependency;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.TimexCandidate;
import org.newsevents.model.Token;

/**
 * The one adapter to CoreNLP: runs its pipeline and copies the result into the document model. Its
 * models load once per JVM whatever the number of instances: CoreNLP's annotator pool holds the
 * tokenizer and tagger, {@link TimeGatedNer#of} the NER and {@link DependencyParse#shared} the dependency parser.
 */
public final class CoreNlpParser implements Parser {
  private final StanfordCoreNLP pipeline;
  private final TimeGatedNer ner;
  private final DependencyParse dependencies;

  public CoreNlpParser(NlpSettings settings) {
    this(settings.toProperties(), settings.depparse());
  }

  /**
   * For measuring alternative configurations: {@code properties} configure CoreNLP up to {@code ner};
   * the dependency parse, when wanted, is this adapter's own (see {@link DependencyParse}).
   */
  CoreNlpParser(java.util.Properties properties, boolean depparse) {
    QuietLogging.apply();
    this.dependencies = depparse ? DependencyParse.shared() : null;
    // NER with SUTime last in the list becomes TimeGatedNer, which runs SUTime only around time cues.
    // Its two NER models start loading before the tagger, so that all loads run side by side.
    String annotators = properties.getProperty("annotators");
    if (annotators.endsWith(",ner") && "true".equals(properties.getProperty("ner.useSUTime"))) {
      this.ner = TimeGatedNer.of(properties);
      java.util.Properties upToLemma = new java.util.Properties();
      upToLemma.putAll(properties);
      upToLemma.setProperty("annotators", annotators.substring(0, annotators.length() - ",ner".length()));
      this.pipeline = new StanfordCoreNLP(upToLemma);
      this.ner.awaitLoaded();
    } else {
      this.pipeline = new StanfordCoreNLP(properties);
      this.ner = null;
    }
    if (dependencies != null) {
      dependencies.awaitLoaded();
    }
  }

  /** CoreNLP's per-annotator time so far. */
  String timing() {
    return pipeline.timingInformation();
  }

  @Override
  public ParsedText parse(String text, LocalDate documentDate) {
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    pipeline.annotate(doc);
    if (ner != null) {
      ner.annotate(doc);
    }
    if (dependencies != null) {
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        dependencies.parse(s);
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    List<TimexCandidate> timexes = new ArrayList<>();
    List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : coreSentences) {
      sentences.add(sentence(s));
      timexes.addAll(timexes(s, text));
    }
    return new ParsedText(text, sentences, timexes);
  }

  private static Sentence sentence(CoreMap s) {
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
      String fine = t.ner() == null ? "O" : t.ner();
      String coarse = t.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class);
      tokens.add(new Token(t.index(), t.word(), t.lemma(), t.tag(), coarse == null ? fine : coarse, fine,
          t.beginPosition(), t.endPosition()));
    }
    return new Sentence(s.get(CoreAnnotations.SentenceIndexAnnotation.class),
        s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
        s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens,
        edges(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class)),
        edges(s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)));
  }

  private static List<Dependency> edges(SemanticGraph graph) {
    List<Dependency> out = new ArrayList<>();
    if (graph == null) {
      return out;
    }
    for (var root : graph.getRoots()) {
      out.add(new Dependency(0, "root", root.index()));
    }
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      out.add(new Dependency(e.getGovernor().index(), e.getRelation().toString(), e.getDependent().index()));
    }
    return out;
  }

  private static List<TimexCandidate> timexes(CoreMap sentence, String text) {
    return TimexMentions.of(sentence.get(CoreAnnotations.MentionsAnnotation.class), text);
  }
}
