package org.newsevents.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The source text with its boilerplate spans marked. The spans are sorted and do not overlap.
 *
 * <p>{@link #masked()} keeps every offset of the source: removed characters become spaces and
 * newlines stay, so the NLP stages can read the story alone and still report source offsets.
 */
public record CleanedText(String source, List<BoilerplateSpan> removed) {
  public CleanedText {
    removed = removed.stream().sorted(Comparator.comparingInt(BoilerplateSpan::start)).toList();
  }

  /** The source with every removed character blanked, newlines kept: same length, same offsets. */
  public String masked() {
    char[] chars = source.toCharArray();
    for (BoilerplateSpan span : removed) {
      for (int i = span.start(); i < span.end(); i++) {
        if (chars[i] != '\n') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }

  /** The kept lines, trimmed, one per line, blank lines collapsed: the story as a reader sees it. */
  public String kept() {
    String[] lines = masked().split("\n", -1);
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      String t = line.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return String.join("\n", out);
  }
}
