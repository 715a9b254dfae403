package org.newsevents.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/** The seed articles tokenized and tagged by the adapter's own CoreNLP configuration, for comparing the adapter with stock CoreNLP. */
final class ReferenceRuns {
  private static StanfordCoreNLP tagger;

  private ReferenceRuns() {}

  static synchronized Annotation tagged(String text, String documentDate) {
    if (tagger == null) {
      Properties p = NlpSettings.standard().toProperties();
      p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
      tagger = new StanfordCoreNLP(p);
    }
    Annotation doc = new Annotation(text);
    doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate);
    tagger.annotate(doc);
    return doc;
  }

  static List<String> seedTexts() {
    try (var files = Files.list(Path.of("corpus/articles"))) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
        try {
          return Files.readString(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
