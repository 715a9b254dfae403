package org.newsevents.model;

import java.util.List;

/** A sentence of the parse layer: its tokens and their dependency edges. */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies)
    implements Span {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  /** Token by its 1-based index. */
  public Token token(int index) {
    return tokens.get(index - 1);
  }
}
