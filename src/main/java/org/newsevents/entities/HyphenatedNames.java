package org.newsevents.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.Mention;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * Known names inside a hyphenated word are the mentions ("Serbian-Russian" is Serbian and Russian,
 * "pro-Kremlin" is Kremlin), unless the whole word is itself known (Bosnia-Herzegovina).
 */
final class HyphenatedNames implements MentionRule {
  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention m : mentions) {
      if (m.mention().text().indexOf('-') < 0 || m.mention().text().indexOf(' ') >= 0 || KnownThing.of(m.key()) != null) {
        out.add(m);
        continue;
      }
      List<NameMention> parts = parts(m.mention().start(), m.mention().text());
      out.addAll(parts.isEmpty() ? List.of(m) : parts);
    }
    List<NameMention> added = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      for (Token t : s.tokens()) {
        if (t.word().indexOf('-') > 0 && t.fineNer().equals("O") && KnownThing.of(NameKey.of(t.word())) == null) {
          added.addAll(parts(t.start(), parsed.text().substring(t.start(), t.end())));
        }
      }
    }
    out.addAll(added);
    out.sort(java.util.Comparator.comparingInt(m -> m.mention().start()));
    return out;
  }

  private static List<NameMention> parts(int start, String word) {
    List<NameMention> out = new ArrayList<>();
    int from = 0;
    for (String part : word.split("-", -1)) {
      KnownName known = part.isEmpty() || !Character.isUpperCase(part.charAt(0)) ? null : Gazetteer.get().lookup(NameKey.of(part));
      if (known != null) {
        int s = start + from;
        out.add(new NameMention(new Mention(s, s + part.length(), part), known.type(), known.subtype(), NameKey.of(part), null));
      }
      from += part.length() + 1;
    }
    return out;
  }
}
