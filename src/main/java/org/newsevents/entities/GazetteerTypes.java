package org.newsevents.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.EntityType;
import org.newsevents.model.ParsedText;

/**
 * A known name takes the gazetteer's type (Kremlin is an organisation, Serbian a nationality), unless
 * tagged as a person, or as an organisation where the gazetteer has a place: a city names its team.
 */
final class GazetteerTypes implements MentionRule {
  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions.size());
    for (NameMention m : mentions) {
      KnownName known = Gazetteer.get().lookup(m.key());
      boolean teamOrPerson = m.type() == EntityType.PERSON
          || m.type() == EntityType.ORGANIZATION && known != null && known.type() == EntityType.LOCATION;
      if (known == null || teamOrPerson) {
        out.add(m);
      } else {
        out.add(m.withType(known.type(), known.subtype() != null ? known.subtype() : m.subtype()));
      }
    }
    return out;
  }
}
