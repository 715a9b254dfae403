package org.newsevents.pipeline;

/**
 * How a pipeline is put together.
 *
 * @param clean        run the boilerplate cleaner (off for gold sets that annotate every line)
 * @param pretokenized the text is tokens separated by single spaces, one sentence a line (CoNLL)
 * @param analyse      run the stages after cleaning (off when only the cleaner is measured)
 */
public record PipelineOptions(boolean clean, boolean pretokenized, boolean analyse) {
  public static PipelineOptions standard() {
    return new PipelineOptions(true, false, true);
  }

  /** Gold text whose every line is story: no cleaning, ordinary tokenisation. */
  public static PipelineOptions uncleaned() {
    return new PipelineOptions(false, false, true);
  }

  public static PipelineOptions conll() {
    return new PipelineOptions(false, true, true);
  }

  /** The cleaner alone: no language check, no CoreNLP, empty later layers. */
  public static PipelineOptions cleanOnly() {
    return new PipelineOptions(true, false, false);
  }
}
