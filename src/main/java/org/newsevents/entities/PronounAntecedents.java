package org.newsevents.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsevents.lexicon.ModelFiles;
import org.newsevents.model.Dependency;
import org.newsevents.model.Entity;
import org.newsevents.model.EntityType;
import org.newsevents.model.Mention;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Sentence;
import org.newsevents.model.Token;

/**
 * Resolves personal pronouns (he, his, she, ...) to the person they most likely refer to: the most
 * recent person mentioned as a subject earlier in the pronoun's sentence, else the most recent person
 * mentioned within the last few sentences ({@code pronoun.window.sentences}). An object pronoun
 * ("thanked him") never refers to the subject of its own verb.
 */
public final class PronounAntecedents {
  private static final Set<String> PRONOUNS = Set.copyOf(ModelFiles.lines("entities/pronouns.txt"));
  private static final int WINDOW = Integer.parseInt(ModelFiles.table("entities/thresholds.tsv").get("pronoun.window.sentences"));

  private PronounAntecedents() {}

  /** Map from a pronoun token's start offset to the id of the person entity it refers to. */
  public static Map<Integer, String> resolve(ParsedText parsed, List<Entity> entities) {
    Map<Integer, String> out = new HashMap<>();
    List<Sentence> sentences = parsed.sentences();
    for (int s = 0; s < sentences.size(); s++) {
      for (Token t : sentences.get(s).tokens()) {
        if (!PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
          continue;
        }
        Sentence sentence = sentences.get(s);
        String excluded = isObject(t) ? subjectOf(sentence, governorOf(sentence, t.index()), entities) : null;
        String id = subjectBefore(sentence, t.start(), entities, excluded);
        if (id == null) {
          int from = sentences.get(Math.max(0, s - WINDOW)).start();
          id = latestPersonBetween(from, t.start(), entities, excluded);
        }
        if (id != null) {
          out.put(t.start(), id);
        }
      }
    }
    return out;
  }

  /** "him", "her" as an object: never the subject of its own verb ("Patrushev thanked him"). */
  private static boolean isObject(Token t) {
    String w = t.word().toLowerCase(Locale.ROOT);
    return t.pos().equals("PRP") && (w.equals("him") || w.equals("her"));
  }

  private static int governorOf(Sentence sentence, int index) {
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() == index) {
        return d.governor();
      }
    }
    return -1;
  }

  private static String subjectOf(Sentence sentence, int verb, List<Entity> entities) {
    for (Dependency d : sentence.dependencies()) {
      if (d.governor() == verb && d.relation().startsWith("nsubj")) {
        Token subject = sentence.token(d.dependent());
        return personAt(subject.start(), subject.end(), entities);
      }
    }
    return null;
  }

  private static String subjectBefore(Sentence sentence, int before, List<Entity> entities, String excluded) {
    String best = null;
    int bestStart = -1;
    for (Dependency d : sentence.dependencies()) {
      if (!d.relation().startsWith("nsubj") || d.dependent() <= 0) {
        continue;
      }
      Token subject = sentence.token(d.dependent());
      if (subject.end() > before || subject.start() <= bestStart) {
        continue;
      }
      String id = personAt(subject.start(), subject.end(), entities);
      if (id != null && !id.equals(excluded)) {
        best = id;
        bestStart = subject.start();
      }
    }
    return best;
  }

  private static String personAt(int start, int end, List<Entity> entities) {
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.start() <= start && end <= m.end()) {
          return e.id();
        }
      }
    }
    return null;
  }

  private static String latestPersonBetween(int from, int before, List<Entity> entities, String excluded) {
    String best = null;
    int bestStart = -1;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON || e.id().equals(excluded)) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.start() >= from && m.end() <= before && m.start() > bestStart) {
          best = e.id();
          bestStart = m.start();
        }
      }
    }
    return best;
  }
}
