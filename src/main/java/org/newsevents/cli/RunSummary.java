package org.newsevents.cli;

import java.util.Map;
import java.util.TreeMap;

/** Counts of a run, and the reasons documents failed, for the closing line on stderr. */
final class RunSummary {
  private int ok;
  private int failed;
  private int resumed;
  private final Map<String, Integer> reasons = new TreeMap<>();

  void add(org.newsevents.batch.DocumentProcessor.Outcome outcome) {
    if (outcome.succeeded()) {
      ok++;
    } else {
      failed(outcome.failedStage(), outcome.message());
    }
  }

  void resumed(int documents) {
    resumed = documents;
  }

  void failed(String stage, String message) {
    failed++;
    String reason = stage + ": " + (message.length() > 80 ? message.substring(0, 80) + "…" : message);
    reasons.merge(reason, 1, Integer::sum);
  }

  int failures() {
    return failed;
  }

  String describe(double seconds) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("newsevents: %d documents in, %d written, %d failed, in %.1f s", ok + failed, ok, failed,
        seconds));
    if (resumed > 0) {
      s.append(String.format(" (resumed after %d documents already done)", resumed));
    }
    reasons.forEach((reason, n) -> s.append(String.format("%n  %d × %s", n, reason)));
    return s.toString();
  }
}
