package org.newsevents.time;

import java.util.List;
import org.newsevents.model.TimexCandidate;

/**
 * How a rule adds a span the tagger missed: not across a candidate that reaches outside it, while the
 * candidates lying wholly inside it (a tagged "Day" in "Election Day", "decades" in "decades-long")
 * give way to it.
 */
final class AddedSpan {
  private AddedSpan() {}

  /** Adds {@code added} to {@code out} unless a candidate crosses it; returns whether it was added. */
  static boolean add(List<TimexCandidate> out, TimexCandidate added) {
    int start = added.start();
    int end = added.end();
    if (out.stream().anyMatch(c -> c.start() < end && start < c.end() && (c.start() < start || c.end() > end))) {
      return false;
    }
    out.removeIf(c -> c.start() >= start && c.end() <= end);
    out.add(added);
    return true;
  }
}
