package org.newsevents.nlp;

import edu.stanford.nlp.util.logging.RedwoodConfiguration;

/** CoreNLP's loader chatter would mix into the JSON-lines on stdout; silence it once per JVM. */
final class QuietLogging {
  private static volatile boolean applied;

  private QuietLogging() {}

  static synchronized void apply() {
    if (!applied) {
      RedwoodConfiguration.current().clear().apply();
      applied = true;
    }
  }
}
