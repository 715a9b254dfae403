package org.newsevents.model;

/** Anything with character offsets into the source text. */
public interface Span {
  int start();

  int end();

  default boolean overlaps(Span other) {
    return start() < other.end() && other.start() < end();
  }

  default boolean contains(Span other) {
    return start() <= other.start() && other.end() <= end();
  }
}
