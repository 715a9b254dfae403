package org.newsevents.pipeline;

/**
 * How a pipeline is put together.
 *
 * @param clean        run the boilerplate cleaner (off for gold sets that annotate every line)
 * @param pretokenized the text is tokens separated by single spaces, one sentence a line (CoNLL)
 */
public record PipelineOptions(boolean clean, boolean pretokenized) {
  public static PipelineOptions standard() {
    return new PipelineOptions(true, false);
  }

  /** Gold text whose every line is story: no cleaning, ordinary tokenisation. */
  public static PipelineOptions uncleaned() {
    return new PipelineOptions(false, false);
  }

  public static PipelineOptions conll() {
    return new PipelineOptions(false, true);
  }
}
