package org.newsevents.pipeline;

/** Builds the stages for a configuration. */
final class PipelineFactory {
  private PipelineFactory() {}

  static Pipeline build(PipelineOptions options) {
    throw new UnsupportedOperationException("not yet wired");
  }
}
