package org.newsevents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsevents.model.Argument;
import org.newsevents.model.EventTriple;

/**
 * "I have asked the Russian ambassador today - I've only asked him", "should train Serbian police ...
 * as well as train them": the same actor doing the same act twice in one sentence restates one event;
 * the first mention stands for it.
 */
final class Restatements {
  private Restatements() {}

  static List<EventTriple> drop(List<EventTriple> sentence) {
    List<EventTriple> out = new ArrayList<>();
    for (EventTriple e : sentence) {
      if (out.stream().noneMatch(earlier -> restates(e, earlier))) {
        out.add(e);
      }
    }
    return out;
  }

  private static boolean restates(EventTriple later, EventTriple earlier) {
    return later.predicate().start() != earlier.predicate().start()
        && later.predicate().lemma().equals(earlier.predicate().lemma()) && sameActor(later.subject(), earlier.subject());
  }

  private static boolean sameActor(Argument a, Argument b) {
    if (a == null || b == null) {
      return false;
    }
    return a.entity() != null ? Objects.equals(a.entity(), b.entity()) : a.text().equalsIgnoreCase(b.text());
  }
}
