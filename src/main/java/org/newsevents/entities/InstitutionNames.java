package org.newsevents.entities;

import java.util.List;
import java.util.Locale;
import org.newsevents.model.EntityType;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * An institution's name is one organisation mention from its capitalised words through its head
 * noun and "of ..." part, where the tagger split it: "Serbian Ministry of the Interior",
 * "Anti-Money Laundering Office of Serbia". "in" does not join: "the Agency in Belgrade" is two names.
 */
final class InstitutionNames implements MentionRule {
  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    List<NameMention> out = mentions;
    for (Sentence s : parsed.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!MentionWords.is("institution", tokens.get(i).word())) {
          continue;
        }
        int from = i;
        while (from > 0 && nameWord(tokens.get(from - 1))) {
          from--;
        }
        int to = i + 1;
        while (true) {
          int k = to;
          while (k < tokens.size() && joins(tokens.get(k))) {
            k++;
          }
          if (k == to || k >= tokens.size() || !nameWord(tokens.get(k))) {
            break;
          }
          while (k < tokens.size() && nameWord(tokens.get(k))) {
            k++;
          }
          to = k;
        }
        if (to - from >= 2) {
          NameMention m = MentionFinder.mention(parsed.text(), tokens, from, to, EntityType.ORGANIZATION, null);
          if (m != null) {
            out = MentionSpans.replace(out, m);
          }
        }
        i = to - 1;
      }
    }
    return out;
  }

  private static boolean joins(Token t) {
    return MentionWords.is("connector", t.word().toLowerCase(Locale.ROOT));
  }

  private static boolean nameWord(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !t.ner().equals("PERSON")
        && !MentionWords.is("determiner", w.toLowerCase(Locale.ROOT)) && !w.equals(w.toUpperCase(Locale.ROOT)) || isAcronym(t);
  }

  private static boolean isAcronym(Token t) {
    String w = t.word();
    return w.length() >= 2 && w.length() <= 6 && w.chars().allMatch(Character::isUpperCase);
  }
}
