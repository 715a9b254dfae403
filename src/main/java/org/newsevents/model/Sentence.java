package org.newsevents.model;

import java.util.List;

/**
 * A sentence of the parse layer: its tokens and their dependency edges.
 *
 * @param dependencies basic UD edges: a tree
 * @param enhanced     enhanced++ UD edges: adds propagated subjects of controlled and coordinated
 *                     verbs and case-marked relation names ({@code obl:on}); not a tree
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies,
                       List<Dependency> enhanced) implements Span {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    enhanced = List.copyOf(enhanced);
  }

  /** Token by its 1-based index. */
  public Token token(int index) {
    return tokens.get(index - 1);
  }
}
