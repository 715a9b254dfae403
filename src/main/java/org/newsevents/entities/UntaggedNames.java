package org.newsevents.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * Capitalised words the tagger left out become mentions when they repeat a name tagged elsewhere in
 * the document, or when they are a gazetteer name (a country, capital, demonym or major organisation).
 */
final class UntaggedNames implements MentionRule {
  private static final int LONGEST = 5;

  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    Map<String, NameMention> tagged = new HashMap<>();
    for (NameMention m : mentions) {
      tagged.putIfAbsent(m.key(), m);
    }
    List<NameMention> out = new ArrayList<>(mentions);
    int next = 0;
    List<NameMention> byStart = new ArrayList<>(mentions);
    byStart.sort(Comparator.comparingInt(m -> m.mention().start()));
    for (Sentence sentence : parsed.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        while (next < byStart.size() && byStart.get(next).mention().end() <= tokens.get(i).start()) {
          next++;
        }
        int covered = next < byStart.size() ? byStart.get(next).mention().start() : Integer.MAX_VALUE;
        if (covered <= tokens.get(i).start()) {
          i++;
          continue;
        }
        NameMention found = null;
        int length = 0;
        if (startsName(tokens.get(i))) {
          for (int n = Math.min(LONGEST, tokens.size() - i); n >= 1 && found == null; n--) {
            if (tokens.get(i + n - 1).end() > covered || !startsName(tokens.get(i + n - 1))) {
              continue;
            }
            found = match(parsed.text(), tokens, i, i + n, tagged);
            length = n;
          }
        }
        if (found != null) {
          out.add(found);
          i += length;
        } else {
          i++;
        }
      }
    }
    out.sort(Comparator.comparingInt(m -> m.mention().start()));
    return out;
  }

  private static NameMention match(String text, List<Token> tokens, int from, int to, Map<String, NameMention> tagged) {
    for (int k = from; k < to; k++) {
      if (!tokens.get(k).fineNer().equals("O") && EntityTypes.of(tokens.get(k).fineNer()) != null) {
        return null;
      }
    }
    String key = NameKey.of(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
    NameMention same = tagged.get(key);
    if (same != null) {
      return MentionFinder.mention(text, tokens, from, to, same.type(), same.subtype());
    }
    KnownName known = Gazetteer.get().lookup(key);
    if (known != null) {
      return MentionFinder.mention(text, tokens, from, to, known.type(), known.subtype());
    }
    return null;
  }

  /** A capitalised word (or an acronym); the pronoun-like "US" only when written in capitals. */
  private static boolean startsName(Token t) {
    String w = t.word();
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !t.pos().equals("POS");
  }
}
