package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.Dependency;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/** Navigation over one sentence's dependencies: the basic tree and the enhanced++ graph. */
final class ClauseGraph {
  private final Sentence sentence;
  private final List<List<Dependency>> basicChildren;
  private final List<List<Dependency>> enhancedChildren;
  private final Dependency[] basicHead;

  ClauseGraph(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    basicChildren = adjacency(sentence.dependencies(), n);
    enhancedChildren = adjacency(sentence.enhanced(), n);
    basicHead = new Dependency[n + 1];
    for (Dependency d : sentence.dependencies()) {
      basicHead[d.dependent()] = d;
    }
  }

  private static List<List<Dependency>> adjacency(List<Dependency> edges, int n) {
    List<List<Dependency>> out = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      out.add(new ArrayList<>());
    }
    for (Dependency d : edges) {
      out.get(d.governor()).add(d);
    }
    return out;
  }

  Sentence sentence() {
    return sentence;
  }

  Token token(int index) {
    return sentence.token(index);
  }

  int size() {
    return sentence.tokens().size();
  }

  List<Dependency> children(int index) {
    return basicChildren.get(index);
  }

  List<Dependency> enhancedChildren(int index) {
    return enhancedChildren.get(index);
  }

  /** The basic-tree edge into this token (null for none). */
  Dependency head(int index) {
    return basicHead[index];
  }

  /** The first basic child with a relation (exact, or a subtype like {@code obl:tmod} of {@code obl}). */
  Integer child(int index, String relation) {
    for (Dependency d : children(index)) {
      if (d.relation().equals(relation)) {
        return d.dependent();
      }
    }
    return null;
  }

  boolean dominates(int ancestor, int index) {
    Dependency d = basicHead[index];
    int guard = 0;
    while (d != null && d.governor() != 0 && guard++ < size()) {
      if (d.governor() == ancestor) {
        return true;
      }
      d = basicHead[d.governor()];
    }
    return false;
  }
}
