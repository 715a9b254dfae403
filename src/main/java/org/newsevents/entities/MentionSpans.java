package org.newsevents.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Puts a wider mention in place of the mentions it covers, in text order. */
final class MentionSpans {
  private MentionSpans() {}

  /**
   * The mentions with {@code wider} in place of those inside it; unchanged when {@code wider} only
   * repeats one mention or cuts across one.
   */
  static List<NameMention> replace(List<NameMention> mentions, NameMention wider) {
    int ws = wider.mention().start();
    int we = wider.mention().end();
    List<NameMention> out = new ArrayList<>();
    for (NameMention m : mentions) {
      int s = m.mention().start();
      int e = m.mention().end();
      if (s == ws && e == we) {
        return mentions;
      }
      boolean inside = ws <= s && e <= we;
      boolean apart = e <= ws || we <= s;
      if (!inside && !apart) {
        return mentions;
      }
      if (apart) {
        out.add(m);
      }
    }
    out.add(wider);
    out.sort(Comparator.comparingInt(m -> m.mention().start()));
    return out;
  }
}
