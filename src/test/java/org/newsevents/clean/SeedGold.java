package org.newsevents.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.model.Article;

/** The seed articles with their gold boilerplate lines, from the repo's bundled corpus. */
record SeedGold(Article article, Map<Integer, String> boilerplateByStart) {
  static final Path CORPUS = Path.of("corpus");

  static List<SeedGold> load() {
    try {
      ObjectMapper json = new ObjectMapper();
      List<SeedGold> out = new ArrayList<>();
      for (String row : Files.readAllLines(CORPUS.resolve("gold/seeds.jsonl"))) {
        if (row.isBlank()) {
          continue;
        }
        JsonNode r = json.readTree(row);
        String id = r.get("id").asText();
        String text = Files.readString(CORPUS.resolve("articles/" + id + ".txt"));
        JsonNode meta = json.readTree(CORPUS.resolve("articles/" + id + ".meta.json").toFile());
        String url = meta.path("url").isTextual() ? meta.get("url").asText() : null;
        Map<Integer, String> gold = new HashMap<>();
        for (JsonNode b : r.get("boilerplate")) {
          gold.put(b.get("start").asInt(), b.get("reason").asText());
        }
        out.add(new SeedGold(new Article(id, url, null, text, null, id), gold));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
