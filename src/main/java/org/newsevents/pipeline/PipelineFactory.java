package org.newsevents.pipeline;

import org.newsevents.clean.Cleaner;
import org.newsevents.clean.HtmlAwareCleaner;
import org.newsevents.clean.NoCleaning;
import org.newsevents.clean.TemplateLines;
import org.newsevents.entities.CanonicalEntities;
import org.newsevents.events.DependencyEvents;
import org.newsevents.language.OpenNlpLanguageCheck;
import org.newsevents.nlp.CoreNlpParser;
import org.newsevents.nlp.NlpSettings;
import org.newsevents.time.PublicationDate;
import org.newsevents.time.TimexNormalizer;

/** Builds the stages for a configuration. */
final class PipelineFactory {
  private PipelineFactory() {}

  static Cleaner cleaner(TemplateLines templates) {
    return HtmlAwareCleaner.standard(templates);
  }

  static Pipeline build(PipelineOptions options) {
    Cleaner cleaner = options.clean() ? cleaner(TemplateLines.none()) : new NoCleaning();
    if (!options.analyse()) {
      return Pipeline.cleaningOnly(cleaner, new PublicationDate());
    }
    // The language model loads beside CoreNLP (which loads its own models beside each other too).
    java.util.concurrent.FutureTask<OpenNlpLanguageCheck> language =
        new java.util.concurrent.FutureTask<>(OpenNlpLanguageCheck::new);
    Thread loader = new Thread(language, "newsevents-load-language");
    loader.setDaemon(true);
    loader.start();
    CoreNlpParser parser = new CoreNlpParser(new NlpSettings(options.pretokenized(), true));
    return new Pipeline(cleaner, loaded(language), parser,
        new PublicationDate(), new CanonicalEntities(), new TimexNormalizer(), new DependencyEvents());
  }

  private static <T> T loaded(java.util.concurrent.FutureTask<T> load) {
    try {
      return load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
