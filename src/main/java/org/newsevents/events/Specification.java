package org.newsevents.events;

import java.util.Set;

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
  boolean states(ClauseGraph g, String lemma, Integer subject, Integer object) {
    return verbs.contains(lemma) && (isProduct(g, subject) || isProduct(g, object));
  }

  /** "can" said of a product: what it is able to do. */
  boolean capability(ClauseGraph g, int verb, Integer subject, Integer object) {
    Integer can = g.child(verb, "aux");
    return can != null && g.token(can).lemma().equalsIgnoreCase("can")
        && isProduct(g, subject != null ? subject : object);
  }

  /** A made thing, a product name, or a thing with a name of its own that is not a person or a body. */
  private boolean isProduct(ClauseGraph g, Integer head) {
    return head != null && (news.isArtifact(g, head) || ProductNames.names(g, head)
        || !news.isActor(g, head) && Newsworthiness.isNamedThing(g, head));
  }
}
