package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;

/**
 * Clauses that report no action anyone took: a subjectless "to" infinitive, the complement of "refused
 * to", "failed to", a statement of purpose, what did not happen instead, either/or alternatives, the
 * question word of an embedded question, a requirement stated in an agentless passive, a hedge such as
 * "it is expected that".
 */
final class Unrealised {
  private final Set<String> negativeImplicatives;
  private final Counterfactual counterfactual;
  private final Requirement requirement;

  Unrealised(Set<String> negativeImplicatives, Counterfactual counterfactual, Requirement requirement) {
    this.negativeImplicatives = negativeImplicatives;
    this.counterfactual = counterfactual;
    this.requirement = requirement;
  }

  boolean test(ClauseGraph g, int verb, Integer subject) {
    return OpenInfinitive.test(g, verb, subject) || didNotHappen(g, verb) || PurposeStatement.test(g, verb, subject)
        || counterfactual.test(g, verb) || Alternatives.test(g, verb) || EmbeddedQuestion.test(g, verb, subject)
        || requirement.test(g, verb, subject) || ImpersonalPassive.test(g, verb);
  }

  /** The complement of "refused to", "failed to", "declined to": what did not happen. */
  private boolean didNotHappen(ClauseGraph g, int verb) {
    Dependency up = g.head(verb);
    return up != null && up.relation().equals("xcomp")
        && negativeImplicatives.contains(g.token(up.governor()).lemma().toLowerCase());
  }
}
