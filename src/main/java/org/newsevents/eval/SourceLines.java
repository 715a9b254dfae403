package org.newsevents.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.Span;

/** The non-blank lines of a source text, as regions: the unit of line-level boilerplate gold. */
public final class SourceLines {
  private SourceLines() {}

  public static List<Region> of(String text) {
    List<Region> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      if (!text.substring(start, end).isBlank()) {
        out.add(new Region(start, end));
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out;
  }

  /** True when every non-space character of the line lies in one of the spans. */
  public static boolean covered(String text, Span line, List<? extends Span> spans) {
    for (int i = line.start(); i < line.end(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        continue;
      }
      boolean in = false;
      for (Span s : spans) {
        if (s.start() <= i && i < s.end()) {
          in = true;
          break;
        }
      }
      if (!in) {
        return false;
      }
    }
    return true;
  }

  public static boolean touched(Span line, List<? extends Span> spans) {
    return spans.stream().anyMatch(line::overlaps);
  }
}
