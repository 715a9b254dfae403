package org.newsevents.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Named-entity mentions, conlleval style: a prediction counts only when its span and its CoNLL type
 * both equal a gold mention's. Our types are mapped by {@link ConllTypes}; overall and per type.
 */
public final class EntityScorer implements StageScorer {
  private final Map<String, int[]> byType = new TreeMap<>(); // type -> {tp, predicted, gold}
  private int documents;
  private final MissTally misses = new MissTally();

  @Override
  public Stage stage() {
    return Stage.ENTITIES;
  }

  @Override
  public void add(GoldDocument gold, OutputRecord predicted) {
    documents++;
    String text = gold.article().text();
    Map<String, GoldSpan> goldByKey = new HashMap<>();
    Map<String, String> goldTypeAt = new HashMap<>();
    for (GoldSpan g : gold.names()) {
      goldByKey.put(key(g.start(), g.end(), g.type()), g);
      goldTypeAt.put(g.start() + ":" + g.end(), g.type());
      counts(g.type())[2]++;
    }
    Map<String, String> predictedTypeAt = new HashMap<>();
    for (OutputRecord.Entity e : predicted.entities()) {
      String type = ConllTypes.of(e.type());
      if (type == null) {
        continue;
      }
      for (Region m : e.mentions()) {
        if (!gold.inScope(m) || predictedTypeAt.containsKey(m.start() + ":" + m.end())) {
          continue;
        }
        predictedTypeAt.put(m.start() + ":" + m.end(), type);
        counts(type)[1]++;
        String mentionText = text.substring(m.start(), m.end());
        if (goldByKey.remove(key(m.start(), m.end(), type)) != null) {
          counts(type)[0]++;
        } else if (goldTypeAt.containsKey(m.start() + ":" + m.end())) {
          misses.add("wrong type", gold.id(), mentionText + " (" + type + ", gold "
              + goldTypeAt.get(m.start() + ":" + m.end()) + ")", 1);
        } else {
          misses.add("spurious", gold.id(), mentionText + " (" + type + ")", 1);
        }
      }
    }
    for (GoldSpan g : goldByKey.values()) {
      if (!predictedTypeAt.containsKey(g.start() + ":" + g.end())) {
        misses.add("missed", gold.id(), g.text() + " (" + g.type() + ")", 1);
      }
    }
  }

  private int[] counts(String type) {
    return byType.computeIfAbsent(type, t -> new int[3]);
  }

  private static String key(int start, int end, String type) {
    return start + ":" + end + ":" + type;
  }

  @Override
  public StageReport report(String title, int worst) {
    List<StageReport.Row> rows = new ArrayList<>();
    PrecisionRecall overall = PrecisionRecall.EMPTY;
    List<StageReport.Row> perType = new ArrayList<>();
    for (Map.Entry<String, int[]> e : byType.entrySet()) {
      int[] c = e.getValue();
      PrecisionRecall pr = PrecisionRecall.of(c[0], c[1], c[2]);
      overall = overall.plus(pr);
      perType.add(new StageReport.Row(e.getKey(), pr));
    }
    rows.add(new StageReport.Row("overall", overall));
    rows.addAll(perType);
    return new StageReport(title, documents, rows, List.of(), misses.worst(worst));
  }
}
