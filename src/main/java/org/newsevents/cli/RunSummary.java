package org.newsevents.cli;

import java.util.Map;
import java.util.TreeMap;

/** Counts of a run, and the reasons documents failed, for the closing line on stderr. */
final class RunSummary {
  private int ok;
  private int failed;
  private final Map<String, Integer> reasons = new TreeMap<>();

  void succeeded() {
    ok++;
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
    reasons.forEach((reason, n) -> s.append(String.format("%n  %d × %s", n, reason)));
    return s.toString();
  }
}
