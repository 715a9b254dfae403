package org.newsevents.events;

import org.newsevents.model.Argument;
import org.newsevents.model.Predicate;

/** The span of an event: from the first to the last of its predicate and its arguments. */
final class Spans {
  private Spans() {}

  static int start(Predicate p, Argument subject, Argument object) {
    return Math.min(p.start(), Math.min(subject == null ? Integer.MAX_VALUE : subject.start(),
        object == null ? Integer.MAX_VALUE : object.start()));
  }

  static int end(Predicate p, Argument subject, Argument object) {
    return Math.max(p.end(), Math.max(subject == null ? Integer.MIN_VALUE : subject.end(),
        object == null ? Integer.MIN_VALUE : object.end()));
  }
}
