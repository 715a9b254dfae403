package org.newsevents.events;

import java.util.Set;

/**
 * "Apple executives are in negotiations with film studios", "he would be on medical leave": an event
 * noun in an in- or on-phrase said of a subject by "be" names what that subject is engaged in; the
 * subject is its agent.
 */
final class StateOfEvent {
  private static final Set<String> PREPOSITIONS = Set.of("in", "on");

  private StateOfEvent() {}

  /** The subject that the copula gives the event noun at {@code noun}, or null. */
  static Integer agent(ClauseGraph g, int noun) {
    Integer cop = g.child(noun, "cop");
    Integer c = g.child(noun, "case");
    if (cop == null || c == null || !PREPOSITIONS.contains(g.token(c).word().toLowerCase())) {
      return null;
    }
    Integer subject = g.child(noun, "nsubj");
    return subject != null && Actors.is(g, subject) ? subject : null;
  }
}
