package org.newsevents.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsevents.model.EntityType;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * A name right after a noun that describes an organisation ("daily newspaper Danas") is an
 * organisation, and so is every other mention of that name in the document.
 */
final class DescribedOrganisations implements MentionRule {
  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    java.util.Set<String> described = new java.util.HashSet<>();
    for (NameMention m : mentions) {
      if (m.type() != EntityType.ORGANIZATION && m.type() != EntityType.NATIONALITY
          && Gazetteer.get().lookup(m.key()) == null && cue(parsed, m.mention().start())) {
        described.add(m.key());
      }
    }
    List<NameMention> out = new ArrayList<>(mentions.size());
    for (NameMention m : mentions) {
      out.add(described.contains(m.key()) ? m.withType(EntityType.ORGANIZATION, null) : m);
    }
    return out;
  }

  private static boolean cue(ParsedText parsed, int start) {
    for (Sentence s : parsed.sentences()) {
      if (start < s.start() || start >= s.end()) {
        continue;
      }
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        if (tokens.get(i).start() == start) {
          return MentionWords.is("organisation-cue", tokens.get(i - 1).word().toLowerCase(Locale.ROOT))
              && Character.isLowerCase(tokens.get(i - 1).word().charAt(0));
        }
      }
    }
    return false;
  }
}
