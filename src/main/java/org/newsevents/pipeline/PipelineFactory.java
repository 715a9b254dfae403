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
    return new Pipeline(cleaner, new OpenNlpLanguageCheck(), new CoreNlpParser(new NlpSettings(options.pretokenized(), true)),
        new PublicationDate(), new CanonicalEntities(), new TimexNormalizer(), new DependencyEvents());
  }
}
