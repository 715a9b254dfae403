package org.newsevents.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.newsevents.ingest.ArticleSource;
import org.newsevents.ingest.Ingested;
import org.newsevents.model.*;
import org.newsevents.pipeline.*;

/** Dev harness: share of seed gold entities that come out as exactly one entity with the right type and name. */
public class SeedGrouping {
  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    int gold = 0, one = 0, typed = 0, named = 0;
    Pipeline pipeline = Pipelines.get(PipelineOptions.uncleaned());
    for (String line : Files.readAllLines(Path.of("corpus/gold/seeds.jsonl"))) {
      JsonNode g = json.readTree(line);
      String id = g.get("id").asText();
      Article article;
      try (ArticleSource src = ArticleSource.open(List.of("corpus/articles/" + id + ".txt"), System.in)) {
        article = ((Ingested.Ok) src.next()).article();
      }
      List<Entity> found = pipeline.run(article).entities();
      Map<String, Entity> byMention = new HashMap<>();
      for (Entity e : found) for (Mention m : e.mentions()) byMention.put(m.start() + ":" + m.end(), e);
      for (JsonNode ge : g.get("entities")) {
        gold++;
        Set<Entity> hits = new LinkedHashSet<>();
        int missing = 0;
        for (JsonNode m : ge.get("mentions")) {
          Entity e = byMention.get(m.get("start").asInt() + ":" + m.get("end").asInt());
          if (e == null) {
            missing++;
            int ms = m.get("start").asInt(), me = m.get("end").asInt();
            String near = found.stream().flatMap(x -> x.mentions().stream().map(y -> new Object[]{x, y}))
                .filter(o -> ((Mention) o[1]).start() < me && ((Mention) o[1]).end() > ms)
                .map(o -> "'" + ((Mention) o[1]).text() + "'/" + ((Entity) o[0]).type()).toList().toString();
            System.out.println("      missing '" + m.get("text").asText() + "' overlapping " + near + " ctx: "
                + article.text().substring(Math.max(0, ms - 40), Math.min(article.text().length(), me + 30)).replace('\n', ' '));
          } else hits.add(e);
        }
        String verdict;
        if (missing == 0 && hits.size() == 1) {
          one++;
          Entity e = hits.iterator().next();
          boolean t = e.type().name().equals(ge.get("type").asText());
          boolean n = e.name().equals(ge.get("name").asText());
          if (t) typed++;
          if (t && n) named++;
          verdict = t && n ? "ok" : "WRONG " + (t ? "" : "type " + e.type() + " ") + (n ? "" : "name '" + e.name() + "'");
        } else {
          verdict = "SPLIT/MISSED missing=" + missing + " entities=" + hits.stream().map(e -> e.name() + "/" + e.type()).toList();
        }
        if (!verdict.equals("ok") || args.length > 0) System.out.printf("%s %-12s %-40s %s%n", id.substring(0, 3), ge.get("type").asText(), ge.get("name").asText(), verdict);
      }
      if (args.length > 0) for (Entity e : found) System.out.println("   " + e.id() + " " + e.type() + "/" + e.subtype() + " " + e.name() + " key=" + e.key() + " title=" + e.title() + " country=" + e.country() + " " + e.mentions().stream().map(Mention::text).distinct().toList());
    }
    System.out.printf("gold %d: one entity %d, +type %d, +type+name %d = %.3f%n", gold, one, typed, named, named / (double) gold);
  }
}
