package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;

/**
 * A verb whose "to" complement is the act it is about takes its category from that act: a commitment
 * ("have sworn to fight") by the act's intent, a failure to do a cooperative act ("failed to reach
 * agreement") as REJECT, which is how PLOVER codes a refusal to cooperate.
 */
final class ComplementTypes {
  private static final Set<String> COOPERATIVE = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID",
      "CONCEDE", "RETREAT");

  private final EventTypes types;
  private final Set<String> commitments;
  private final Set<String> failures;

  ComplementTypes(EventTypes types, Set<String> commitments, Set<String> failures) {
    this.types = types;
    this.commitments = commitments;
    this.failures = failures;
  }

  /** The category of {@code verb} given its own, from its complement where the verb is about it. */
  String of(ClauseGraph g, int verb, String own) {
    String lemma = g.token(verb).lemma().toLowerCase();
    boolean commitment = commitments.contains(lemma);
    boolean failure = failures.contains(lemma);
    Integer complement = commitment || failure ? g.child(verb, "xcomp") : null;
    if (complement == null || !hasTo(g, complement)) {
      return own;
    }
    String act = types.of(g, complement, g.token(complement).lemma().toLowerCase(),
        Arguments.of(g, complement).object());
    if (act.equals("OTHER")) {
      return own;
    }
    if (commitment) {
      return EventTypes.intent(act);
    }
    return COOPERATIVE.contains(act) ? "REJECT" : own;
  }

  private static boolean hasTo(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("mark") && g.token(d.dependent()).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }
}
