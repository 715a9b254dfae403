package org.newsevents.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects a stage's misses and ranks them. The same miss in many documents (a name never found, a
 * rule that always keeps a line) is summed, so what to fix first comes first.
 */
public final class MissTally {
  private final Map<String, Miss> byKey = new LinkedHashMap<>();

  public void add(String kind, String document, String text, int weight) {
    String key = kind + "\u0000" + text;
    byKey.merge(key, new Miss(kind, document, text, weight),
        (a, b) -> new Miss(a.kind(), a.document(), a.text(), a.weight() + b.weight()));
  }

  public List<Miss> worst(int n) {
    List<Miss> all = new ArrayList<>(byKey.values());
    all.sort(Comparator.comparingInt(Miss::weight).reversed());
    return all.subList(0, Math.min(n, all.size()));
  }
}
