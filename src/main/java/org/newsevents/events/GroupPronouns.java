package org.newsevents.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.model.Dependency;
import org.newsevents.model.Entity;
import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * "Serbia maintains close ties with Moscow ... Although it is a candidate for EU membership, it has not
 * joined Western sanctions": a subject "it" or "they" continues the latest subject before it, in its own
 * sentence or the one before, when that subject names a country or an organisation. The entities stage
 * links personal pronouns to people; this links the pronouns a state or a body is an actor through.
 */
final class GroupPronouns {
  private static final Set<String> PRONOUNS = Set.of("it", "they");
  private static final Set<EntityType> GROUPS = Set.of(EntityType.ORGANIZATION, EntityType.LOCATION);

  private GroupPronouns() {}

  /** Entity ids of resolved subject pronouns, by the pronoun's start offset. */
  static Map<Integer, String> resolve(ParsedText parsed, List<Entity> entities) {
    Map<Integer, String> out = new HashMap<>();
    List<Sentence> sentences = parsed.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      for (Dependency d : sentence.dependencies()) {
        Token t = sentence.token(d.dependent());
        if (!d.relation().startsWith("nsubj") || !PRONOUNS.contains(t.word().toLowerCase())) {
          continue;
        }
        String id = latestGroupSubject(sentence, t.start(), entities);
        if (id == null && s > 0) {
          id = latestGroupSubject(sentences.get(s - 1), Integer.MAX_VALUE, entities);
        }
        if (id != null) {
          out.put(t.start(), id);
        }
      }
    }
    return out;
  }

  private static String latestGroupSubject(Sentence sentence, int before, List<Entity> entities) {
    String best = null;
    int bestStart = -1;
    for (Dependency d : sentence.dependencies()) {
      Token subject = d.dependent() > 0 ? sentence.token(d.dependent()) : null;
      if (subject == null || !d.relation().startsWith("nsubj") || subject.end() > before
          || subject.start() <= bestStart) {
        continue;
      }
      String id = groupAt(subject, entities);
      if (id != null) {
        best = id;
        bestStart = subject.start();
      }
    }
    return best;
  }

  private static String groupAt(Token head, List<Entity> entities) {
    for (Entity e : entities) {
      if (!GROUPS.contains(e.type())) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.start() <= head.start() && head.end() <= m.end()) {
          return e.id();
        }
      }
    }
    return null;
  }
}
