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
        to = definedPlace(parsed.text(), tokens, from, to);
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

  /** Extends over "in Kosovo" when a bracketed short form spelling the whole follows: "UN Mission in Kosovo (UNMIK)". */
  private static int definedPlace(String text, List<Token> tokens, int from, int to) {
    if (to >= tokens.size() || !tokens.get(to).word().equals("in")) {
      return to;
    }
    int k = to + 1;
    while (k < tokens.size() && nameWord(tokens.get(k))) {
      k++;
    }
    boolean bracketed = k + 2 < tokens.size() && k > to + 1
        && (tokens.get(k).word().equals("(") || tokens.get(k).word().equals("-LRB-"))
        && (tokens.get(k + 2).word().equals(")") || tokens.get(k + 2).word().equals("-RRB-"));
    if (bracketed && isAcronym(tokens.get(k + 1))
        && Acronym.spells(tokens.get(k + 1).word(), text.substring(tokens.get(from).start(), tokens.get(k - 1).end()))) {
      return k;
    }
    return to;
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
