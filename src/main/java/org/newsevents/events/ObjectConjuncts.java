package org.newsevents.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsevents.model.Dependency;

/**
 * Coordinated named objects are separate events ("would not join NATO nor the CSTO" joins two
 * organisations); other coordinated objects ("audio and video evidence") stay one argument.
 */
final class ObjectConjuncts {
  private ObjectConjuncts() {}

  static List<Integer> of(ClauseGraph g, Integer object) {
    if (object == null) {
      return Arrays.asList((Integer) null);
    }
    List<Integer> out = new ArrayList<>();
    out.add(object);
    if (!isName(g, object)) {
      return out;
    }
    for (Dependency d : g.children(object)) {
      if (d.relation().equals("conj") && isName(g, d.dependent())) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  private static boolean isName(ClauseGraph g, int head) {
    return g.token(head).pos().startsWith("NNP");
  }
}
