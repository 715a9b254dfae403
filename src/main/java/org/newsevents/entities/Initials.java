package org.newsevents.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.model.EntityType;
import org.newsevents.model.ParsedText;

/** Dotted initials that are not a known name ("Z.K.", unlike "U.S.") stand for a person. */
final class Initials implements MentionRule {
  private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.){2,3}");

  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions.size());
    for (NameMention m : mentions) {
      boolean initials = INITIALS.matcher(m.mention().text()).matches() && Gazetteer.get().lookup(m.key()) == null;
      out.add(initials && m.type() != EntityType.PERSON ? m.withType(EntityType.PERSON, null) : m);
    }
    return out;
  }
}
