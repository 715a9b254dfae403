package org.newsevents.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.newsevents.model.*;
import org.newsevents.nlp.CoreNlpParser;
import org.newsevents.nlp.NlpSettings;

/** Dev harness: the pronoun rule on the seed gold's pronoun event arguments. */
public class PronounCheck {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    CoreNlpParser parser = new CoreNlpParser(NlpSettings.standard());
    int total = 0, right = 0;
    for (String line : Files.readAllLines(Path.of("corpus/gold/seeds.jsonl"))) {
      JsonNode g = json.readTree(line);
      String text = Files.readString(Path.of("corpus/articles/" + g.get("id").asText() + ".txt"));
      ParsedText parsed = parser.parse(text, null);
      List<Entity> entities = new CanonicalEntities().entities(parsed);
      Map<Integer, String> resolved = PronounAntecedents.resolve(parsed, entities);
      for (JsonNode e : g.get("events")) {
        for (String role : List.of("subject", "object")) {
          String t = e.path(role).asText("");
          if (!Set.of("he", "she", "him", "her", "his").contains(t.toLowerCase())) continue;
          String gold = e.path(role + "Entity").isNull() ? null : e.path(role + "Entity").asText(null);
          int at = text.indexOf(e.get("sentence").asText());
          Sentence s = parsed.sentences().stream().filter(x -> x.start() <= at && at < x.end()).findFirst().orElse(null);
          String got = null;
          if (s != null) {
            for (Token tok : s.tokens()) {
              if (tok.word().equals(t) && resolved.containsKey(tok.start())) {
                String id = resolved.get(tok.start());
                got = entities.stream().filter(x -> x.id().equals(id)).findFirst().get().name();
                break;
              }
            }
          }
          total++;
          boolean ok = Objects.equals(NameKey.of(String.valueOf(gold)), NameKey.of(String.valueOf(got)));
          if (ok) right++;
          System.out.printf("%s %s %-4s gold=%s got=%s%n", ok ? "ok " : "BAD", g.get("id").asText().substring(0, 3), t, gold, got);
        }
      }
    }
    System.out.printf("pronoun arguments resolved right: %d/%d%n", right, total);
  }
}
