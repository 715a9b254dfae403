package org.newsevents.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.model.EntityType;
import org.newsevents.model.ParsedText;

/** One type per name in a document: every mention of a name takes the type most of its mentions got. */
final class ConsistentLabels implements MentionRule {
  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    for (NameMention m : mentions) {
      votes.computeIfAbsent(m.key(), k -> new EnumMap<>(EntityType.class)).merge(m.type(), 1, Integer::sum);
    }
    List<NameMention> out = new ArrayList<>(mentions.size());
    for (NameMention m : mentions) {
      EntityType winner = winner(votes.get(m.key()), m.type());
      out.add(winner == m.type() ? m : m.withType(winner, null));
    }
    return out;
  }

  /** The strict majority type, else the mention's own. */
  private static EntityType winner(Map<EntityType, Integer> counts, EntityType own) {
    EntityType best = own;
    for (Map.Entry<EntityType, Integer> e : counts.entrySet()) {
      if (e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
