package org.newsevents.eval;

import java.util.List;

/** One real-world thing of the gold: its type, its fullest name and every mention of it. */
public record GoldEntity(String type, String name, List<GoldSpan> mentions) {
  public GoldEntity {
    mentions = List.copyOf(mentions);
  }
}
