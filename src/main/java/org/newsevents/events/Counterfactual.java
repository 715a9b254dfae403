package org.newsevents.events;

import java.util.List;
import org.newsevents.model.Token;

/**
 * "Instead of relying on traditional spies, they are now recruiting people online": a verb introduced
 * by "instead of" or "rather than" names what did not happen. Read off the words before the verb, which
 * the parser hangs in varying ways (a root "Instead", a "cc" of the verb).
 */
final class Counterfactual {
  private final List<String[]> markers;

  Counterfactual(List<String> markers) {
    this.markers = markers.stream().map(m -> m.split(" ")).toList();
  }

  boolean test(ClauseGraph g, int verb) {
    int i = verb - 1;
    while (i >= 1 && g.token(i).pos().startsWith("RB") && !isLastOfMarker(g, i)) {
      i--;
    }
    for (String[] m : markers) {
      if (endsAt(g, i, m)) {
        return true;
      }
    }
    return false;
  }

  private boolean isLastOfMarker(ClauseGraph g, int i) {
    return markers.stream().anyMatch(m -> endsAt(g, i, m));
  }

  private static boolean endsAt(ClauseGraph g, int last, String[] marker) {
    int first = last - marker.length + 1;
    if (first < 1) {
      return false;
    }
    for (int k = 0; k < marker.length; k++) {
      Token t = g.token(first + k);
      if (!t.word().equalsIgnoreCase(marker[k])) {
        return false;
      }
    }
    return true;
  }
}
