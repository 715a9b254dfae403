package org.newsevents.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One pipeline per configuration per JVM: CoreNLP's models load once and are shared. */
public final class Pipelines {
  private static final Map<PipelineOptions, Pipeline> CACHE = new ConcurrentHashMap<>();

  private Pipelines() {}

  public static Pipeline standard() {
    return get(PipelineOptions.standard());
  }

  public static Pipeline get(PipelineOptions options) {
    return CACHE.computeIfAbsent(options, PipelineFactory::build);
  }

  /** The cached pipeline, its cleaner told which lines recur across this batch's documents. */
  public static Pipeline forBatch(PipelineOptions options, org.newsevents.clean.TemplateLines templates) {
    Pipeline base = get(options);
    return options.clean() ? base.withCleaner(PipelineFactory.cleaner(templates)) : base;
  }
}
