package org.newsevents.nlp;

import java.util.Properties;

/**
 * The NER part of the CoreNLP configuration, chosen by measurement on CoNLL-2003 eng.testa: the
 * 4-class CoNLL CRF alone (the 3/7/4-class combination is less accurate on news names), no
 * fine-grained regexner (it doubles the NER time and splits MISC names such as "U.S. Open"; the
 * entities stage's own gazetteer gives COUNTRY, CITY and NATIONALITY), and the numeric classifiers
 * with SUTime, whose timexes the time stage reads.
 */
final class NerSettings {
  static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  static final String TITLES = "models/entities/titles.tab";

  private NerSettings() {}

  static void apply(Properties p) {
    p.setProperty("ner.model", CONLL_4CLASS);
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.useSUTime", "true");
    // TITLE labels (events read them as actors) from the project's own small list, not the 18 MB fine-grained lists.
    p.setProperty("ner.additional.regexner.mapping", TITLES);
    p.setProperty("ner.additional.regexner.ignorecase", "true");
    // Timexes are read off the entity mentions.
    p.setProperty("ner.buildEntityMentions", "true");
  }
}
