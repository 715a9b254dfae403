package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.newsevents.model.TimexCandidate;

/**
 * Stock CoreNLP as a timex baseline: {@code tokenize,ssplit,pos,lemma,ner} with CoreNLP's defaults,
 * except that a document without a date is not anchored to today. It is the reference point the
 * evaluate command is checked against on TempEval-3, so nothing of the project's own tuning goes in.
 */
public final class StockTimexBaseline {
  private final StanfordCoreNLP pipeline;

  public StockTimexBaseline() {
    QuietLogging.apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ner.docdate.usePresent", "false");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /** SUTime's TIMEX3 of the text, with relative dates resolved against the document date. */
  public List<TimexCandidate> timexes(String text, LocalDate documentDate) {
    Annotation doc = new Annotation(text);
    if (documentDate != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    pipeline.annotate(doc);
    return TimexMentions.of(doc.get(CoreAnnotations.MentionsAnnotation.class), text);
  }
}
