package org.newsevents.entities;

import java.util.List;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/** A gazetteer name of several words is one mention even where the tagger saw only part of it ("Orthodox Christian"). */
final class LongestKnownNames implements MentionRule {
  private static final int LONGEST = 6;

  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    List<NameMention> out = mentions;
    for (Sentence s : parsed.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        if (!capitalised(tokens.get(i))) {
          continue;
        }
        for (int n = Math.min(LONGEST, tokens.size() - i); n >= 2; n--) {
          Token last = tokens.get(i + n - 1);
          if (!capitalised(last)) {
            continue;
          }
          KnownName known = Gazetteer.get().lookup(NameKey.of(parsed.text().substring(tokens.get(i).start(), last.end())));
          if (known != null) {
            NameMention m = MentionFinder.mention(parsed.text(), tokens, i, i + n, known.type(), known.subtype());
            if (m != null) {
              out = MentionSpans.replace(out, m);
            }
            i += n - 1;
            break;
          }
        }
      }
    }
    return out;
  }

  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }
}
