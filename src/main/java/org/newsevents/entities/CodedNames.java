package org.newsevents.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.newsevents.model.EntityType;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * An untagged word inside a sentence that is written like a product or project name, with an inner
 * capital after a small letter (TurkStream) or a capitalised word with a number (Panzer-C1, Su-35),
 * is a MISC name.
 */
final class CodedNames implements MentionRule {
  private static final Pattern INNER_CAPITAL = Pattern.compile("(?!Mc|Mac)\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*");
  private static final Pattern CODE = Pattern.compile("\\p{Lu}\\p{L}+-?\\d+[\\p{L}\\d]*");
  private static final Pattern SHORT_CODE = Pattern.compile("\\p{Lu}+\\d+[\\p{L}\\d]*");

  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    for (Sentence s : parsed.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        String w = t.word();
        int from = attachedWord(tokens, i);
        boolean coded = INNER_CAPITAL.matcher(w).matches() || CODE.matcher(w).matches()
            || from < i && SHORT_CODE.matcher(w).matches();
        if (!t.ner().equals("O") || !coded || covered(mentions, tokens.get(from), t) || from == 0) {
          continue;
        }
        NameMention m = MentionFinder.mention(parsed.text(), tokens, from, i + 1, EntityType.MISC, null);
        if (m != null) {
          out.add(m);
        }
      }
    }
    out.sort(Comparator.comparingInt(m -> m.mention().start()));
    return out;
  }

  /** Where "Panzer-C1", split by the tokenizer into Panzer, -, C1, starts; else {@code i}. */
  private static int attachedWord(List<Token> tokens, int i) {
    if (i >= 2 && tokens.get(i - 1).word().equals("-") && tokens.get(i - 1).end() == tokens.get(i).start()
        && tokens.get(i - 2).end() == tokens.get(i - 1).start()
        && Character.isUpperCase(tokens.get(i - 2).word().charAt(0))) {
      return i - 2;
    }
    return i;
  }

  private static boolean covered(List<NameMention> mentions, Token first, Token last) {
    for (NameMention m : mentions) {
      if (m.mention().start() < last.end() && first.start() < m.mention().end()) {
        return true;
      }
    }
    return false;
  }
}
