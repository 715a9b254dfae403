package org.newsevents.clean;

/**
 * One line of an article's text: its offsets in the source (the content without the newline) and
 * the content itself, stripped of surrounding whitespace.
 */
public record Line(int index, int start, int end, String text) {
  public boolean blank() {
    return text.isEmpty();
  }
}
