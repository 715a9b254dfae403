package org.newsevents.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Stock CoreNLP with its default settings ({@code tokenize,ssplit,pos,lemma,ner,depparse}): the
 * baseline the benchmark compares the pipeline with.
 */
public final class StockCoreNlp {
  private final StanfordCoreNLP pipeline;

  public StockCoreNlp() {
    QuietLogging.apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates one text and returns its token count. */
  public int annotate(String text) {
    Annotation doc = new Annotation(text);
    pipeline.annotate(doc);
    return doc.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class).size();
  }
}
