package org.newsevents.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;
import org.newsevents.model.ParsedText;

/**
 * An organisation name ending in the surname of a person named in full elsewhere in the document is
 * that person after a title the tagger took for a name ("Minister of Interior Vulin").
 */
final class SurnameAtNameEnd implements MentionRule {
  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    Map<String, NameMention> persons = new HashMap<>();
    for (NameMention m : mentions) {
      int space = m.key().lastIndexOf(' ');
      if (m.type() == EntityType.PERSON && space > 0) {
        persons.putIfAbsent(m.key().substring(space + 1), m);
      }
    }
    List<NameMention> out = new ArrayList<>(mentions.size());
    for (NameMention m : mentions) {
      String text = m.mention().text();
      int space = text.lastIndexOf(' ');
      if (m.type() != EntityType.ORGANIZATION || space < 0
          || !persons.containsKey(NameKey.of(text.substring(space + 1))) || KnownThing.of(m.key()) != null) {
        out.add(m);
        continue;
      }
      int start = m.mention().start() + space + 1;
      String surname = text.substring(space + 1);
      out.add(new NameMention(new Mention(start, m.mention().end(), surname), EntityType.PERSON, null,
          NameKey.of(surname), null));
    }
    return out;
  }
}
