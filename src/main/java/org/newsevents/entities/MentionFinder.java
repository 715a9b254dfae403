package org.newsevents.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * Reads name mentions off the tagger's labels: a run of tokens with one name label is one mention,
 * broken at brackets, without a possessive or a full stop at its end, and without a person's title
 * or an organisation's leading "the" at its start.
 */
final class MentionFinder {
  private MentionFinder() {}

  static List<NameMention> find(ParsedText parsed) {
    List<NameMention> out = new ArrayList<>();
    for (Sentence sentence : parsed.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        String label = tokens.get(i).fineNer();
        EntityType type = EntityTypes.of(label);
        if (type == null) {
          i++;
          continue;
        }
        if (isBracket(tokens.get(i))) {
          i++;
          continue;
        }
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).fineNer().equals(label) && !isBracket(tokens.get(j))) {
          j++;
        }
        NameMention m = mention(parsed.text(), tokens, i, j, type, EntityTypes.subtypeOf(label, type), false);
        if (m != null) {
          out.add(m);
        }
        i = j;
      }
    }
    return out;
  }

  /** The mention over tokens [from, to), trimmed; null when nothing of a name is left. */
  static NameMention mention(String text, List<Token> tokens, int from, int to, EntityType type, String subtype) {
    return mention(text, tokens, from, to, type, subtype, true);
  }

  /**
   * @param dropPossessive drop a final "'s"; the tagger's own runs keep one it labelled as part of the
   *                       name ("Lord 's", a cricket ground): it labels a plain possessive O
   */
  static NameMention mention(String text, List<Token> tokens, int from, int to, EntityType type, String subtype,
                             boolean dropPossessive) {
    int first = from;
    int last = to - 1;
    while (dropPossessive && last >= first && isPossessive(tokens.get(last))) {
      last--;
    }
    if (type == EntityType.PERSON) {
      first += Titles.leading(tokens, first, last + 1);
    }
    if (last > first && type == EntityType.ORGANIZATION && MentionWords.is("determiner", tokens.get(first).word().toLowerCase(java.util.Locale.ROOT))
        && Gazetteer.get().lookup(NameKey.of(text.substring(tokens.get(first).start(), tokens.get(last).end()))) == null) {
      first++;
    }
    if (last < first || isPossessive(tokens.get(first))) {
      return null;
    }
    int start = tokens.get(first).start();
    int end = tokens.get(last).end();
    String surface = text.substring(start, end);
    if (surface.endsWith(".") && surface.length() > 2
        && surface.substring(0, surface.length() - 1).chars().allMatch(Character::isUpperCase)) {
      // A sentence's full stop absorbed into a short form: "told FT."
      end--;
      surface = surface.substring(0, surface.length() - 1);
    }
    String key = NameKey.of(surface);
    if (key.isEmpty()) {
      return null;
    }
    String title = null;
    if (type == EntityType.PERSON) {
      int n = first > from ? first - from : Titles.before(tokens, first);
      if (n > 0) {
        title = text.substring(tokens.get(first - n).start(), tokens.get(first - 1).end());
      }
    }
    return new NameMention(new Mention(start, end, surface), type, subtype, key, title);
  }

  private static boolean isBracket(Token t) {
    return switch (t.word()) {
      case "(", ")", "[", "]", "-LRB-", "-RRB-", "-LSB-", "-RSB-" -> true;
      default -> false;
    };
  }

  private static boolean isPossessive(Token t) {
    return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("’s") || t.word().equals("'");
  }
}
