package org.newsevents.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsevents.model.EntityType;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * Capitalised words ending in "Day" are a named holiday (Victory Day, Labor Day): a MISC name, even
 * where SUTime labelled it a date. The date stays available to the time stage.
 */
final class HolidayNames implements MentionRule {
  @Override
  public List<NameMention> apply(ParsedText parsed, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (Sentence s : parsed.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        if (!MentionWords.is("holiday", tokens.get(i).word())) {
          continue;
        }
        int from = i;
        while (from > 0 && capitalised(tokens.get(from - 1)) && unnamedOrDate(tokens.get(from - 1))) {
          from--;
        }
        if (from < i) {
          NameMention m = MentionFinder.mention(parsed.text(), tokens, from, i + 1, EntityType.MISC, null);
          if (m != null) {
            out.add(m);
          }
        }
      }
    }
    if (out.isEmpty()) {
      return mentions;
    }
    List<NameMention> kept = new ArrayList<>(out);
    for (NameMention m : mentions) {
      if (out.stream().noneMatch(h -> overlaps(h, m))) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(m -> m.mention().start()));
    return kept;
  }

  private static boolean capitalised(Token t) {
    return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0))
        && !MentionWords.is("determiner", t.word().toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean unnamedOrDate(Token t) {
    return switch (t.ner()) {
      case "O", "DATE", "MISC" -> true;
      default -> false;
    };
  }

  static boolean overlaps(NameMention a, NameMention b) {
    return a.mention().start() < b.mention().end() && b.mention().start() < a.mention().end();
  }
}
