package org.newsevents.entities;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/** Reads name mentions off the tagger's labels: a run of tokens with one name label is one mention. */
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
        int j = i + 1;
        while (j < tokens.size() && tokens.get(j).fineNer().equals(label)) {
          j++;
        }
        int last = j - 1;
        while (last > i && isPossessive(tokens.get(last))) {
          last--;
        }
        if (!isPossessive(tokens.get(i))) {
          int start = tokens.get(i).start();
          int end = tokens.get(last).end();
          String text = parsed.text().substring(start, end);
          out.add(new NameMention(new Mention(start, end, text), type, EntityTypes.subtypeOf(label, type),
              NameKey.of(text)));
        }
        i = j;
      }
    }
    return out;
  }

  private static boolean isPossessive(Token t) {
    return t.pos().equals("POS") || t.word().equals("'s") || t.word().equals("’s");
  }
}
