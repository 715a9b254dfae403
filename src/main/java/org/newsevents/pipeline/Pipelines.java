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
}
