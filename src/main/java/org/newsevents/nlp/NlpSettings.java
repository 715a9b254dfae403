package org.newsevents.nlp;

import java.util.Properties;

/**
 * The CoreNLP configuration, built in this one place.
 *
 * @param pretokenized tokens are separated by spaces and sentences by newlines (CoNLL input)
 * @param depparse     run the dependency parser (events need it; NER-only evaluation does not)
 */
public record NlpSettings(boolean pretokenized, boolean depparse) {
  public static NlpSettings standard() {
    return new NlpSettings(false, true);
  }

  Properties toProperties() {
    Properties p = new Properties();
    // The dependency parse is not a CoreNLP annotator here: CoreNlpParser runs DependencyParse after ner.
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    if (pretokenized) {
      p.setProperty("tokenize.whitespace", "true");
      p.setProperty("ssplit.eolonly", "true");
    } else {
      // Scraped articles put one paragraph on a line; a line never continues a sentence.
      p.setProperty("ssplit.newlineIsSentenceBreak", "always");
      p.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    }
    // Without a document date SUTime would anchor relative dates to today: leave them unresolved.
    p.setProperty("ner.docdate.usePresent", "false");
    NerSettings.apply(p);
    p.setProperty("sutime.includeRange", "false");
    p.setProperty("threads", "1");
    return p;
  }
}
