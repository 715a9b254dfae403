package org.newsevents.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.Token;

/**
 * The minimal phrase of an argument: its head with modifiers, without relative clauses,
 * appositions, coordinated siblings or clausal attachments.
 */
final class ArgumentPhrase {
  private static final Set<String> CUT = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis", "conj", "cc",
      "dep", "advcl", "ccomp", "nmod:tmod", "obl:tmod", "discourse", "list", "dislocated", "vocative");

  /** The head's own preposition or marker is the role, not the phrase ("in Moscow" is the place Moscow). */
  private static final Set<String> HEAD_MARKERS = Set.of("case", "mark");

  private ArgumentPhrase() {}

  /** Source offsets {start, end} of the phrase headed by {@code head}. */
  static int[] span(ClauseGraph g, int head) {
    int first = head;
    int last = head;
    Deque<Integer> todo = new ArrayDeque<>();
    todo.push(head);
    while (!todo.isEmpty()) {
      int i = todo.pop();
      first = Math.min(first, i);
      last = Math.max(last, i);
      for (Dependency d : g.children(i)) {
        int parent = i;
        if (!CUT.contains(d.relation()) && !(parent == head && HEAD_MARKERS.contains(d.relation()))
            && !isClauseAsModifier(g, d)) {
          todo.push(d.dependent());
        }
      }
    }
    while (first < head && isEdgePunct(g.token(first))) {
      first++;
    }
    while (last > head && isEdgePunct(g.token(last))) {
      last--;
    }
    return new int[] {g.token(first).start(), g.token(last).end()};
  }

  /** "representatives of some Western countries of spying on Serbia": a verb hung on a noun is a clause. */
  private static boolean isClauseAsModifier(ClauseGraph g, Dependency d) {
    return d.relation().startsWith("nmod") && g.token(d.dependent()).pos().startsWith("VB");
  }

  private static boolean isEdgePunct(Token t) {
    return !Character.isLetterOrDigit(t.word().charAt(0));
  }
}
