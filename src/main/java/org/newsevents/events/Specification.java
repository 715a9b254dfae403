package org.newsevents.events;

import java.util.Set;
import org.newsevents.model.Dependency;

/**
 * "The iPod Nano comes in two colors ... and will cost $199", "The aircraft can fly from New York to
 * Singapore": what a product comes in, costs or includes (models/events/specification-verbs.txt), and
 * what it can do, specify the product. They are news about it though nobody acts, where the same words
 * about anything else state a condition or a mere possibility.
 */
final class Specification {
  private final Set<String> verbs;
  private final Newsworthiness news;

  Specification(Set<String> verbs, Newsworthiness news) {
    this.verbs = verbs;
    this.news = news;
  }

  /** A verb of specification with a product on either side ("Features new to the iPhone include a camera"). */
  boolean states(ClauseGraph g, int verb, String lemma, Integer subject, Integer object) {
    return verbs.contains(lemma) && (isProduct(g, subject) || isProduct(g, object) || inVariants(g, verb));
  }

  /**
   * "It comes in two colors", "comes in a 30GB edition and a 60GB edition": to come in a counted number
   * of kinds is said of a product, whatever names it ("it comes in the wake of ..." counts nothing).
   */
  static boolean inVariants(ClauseGraph g, int verb) {
    if (!g.token(verb).lemma().equalsIgnoreCase("come")) {
      return false;
    }
    for (Dependency d : g.children(verb)) {
      if (d.relation().equals("obl") && Arguments.caseWord(g, d.dependent()).equals("in")
          && g.child(d.dependent(), "nummod") != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * "can" said of a product, of what is done on or with one, or of whatever travels as a thing
   * ("Although it can fly from London to Sydney non-stop"): what it is able to do.
   *
   * @param movingThing the verb's theme is a thing that travels (see motion-verbs.txt)
   */
  boolean capability(ClauseGraph g, int verb, Integer subject, Integer object, boolean movingThing) {
    Integer can = g.child(verb, "aux");
    return can != null && g.token(can).lemma().equalsIgnoreCase("can")
        && (movingThing || isProduct(g, subject != null ? subject : object) || onProduct(g, verb));
  }

  /** "On the 30GB iPod , 75 hours of video can be stored": what can be done on or with a product. */
  private boolean onProduct(ClauseGraph g, int verb) {
    for (Dependency d : g.children(verb)) {
      String c = Arguments.caseWord(g, d.dependent());
      if (d.relation().equals("obl") && (c.equals("on") || c.equals("with")) && isProduct(g, d.dependent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A made thing, a product name, or a name or number that is not itself a person or a body ("The
   * Boeing 737-800": a model its maker's name qualifies; not "the Air Canada deal").
   */
  private boolean isProduct(ClauseGraph g, Integer head) {
    return head != null && (news.isArtifact(g, head) || ProductNames.names(g, head)
        || ProductNames.isNameOrNumber(g, head) && !Actors.byItself(g.token(head))
        && Newsworthiness.isNamedThing(g, head));
  }
}
