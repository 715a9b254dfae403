package org.newsevents.events.dev;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsevents.entities.CanonicalEntities;
import org.newsevents.events.DependencyEvents;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Article;
import org.newsevents.model.CleanedText;
import org.newsevents.model.DocumentDate;
import org.newsevents.model.Entity;
import org.newsevents.model.EventTriple;
import org.newsevents.model.ParsedText;
import org.newsevents.model.Timex;
import org.newsevents.nlp.CoreNlpParser;
import org.newsevents.nlp.NlpSettings;
import org.newsevents.output.ArticleJson;
import org.newsevents.time.TimexNormalizer;

/**
 * Development loop for the events stage: {@code parse DOCS CACHE} parses every DOCS/*.txt once and
 * stores its parse, entities and timexes as JSON; {@code run CACHE OUT} re-runs only the events stage
 * over the cache in about a second and writes newsevents/1 records.
 */
public final class EventWorkbench {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Cached(String id, String date, ParsedText parsed, List<Entity> entities, List<Timex> timexes) {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("parse")) {
      parse(Path.of(args[1]), Path.of(args[2]), dates(Path.of(args[3])));
    } else {
      run(Path.of(args[1]), Path.of(args[2]));
    }
  }

  private static Map<String, String> dates(Path tsv) throws Exception {
    Map<String, String> out = new HashMap<>();
    for (String line : Files.readAllLines(tsv)) {
      String[] f = line.split("\t", -1);
      out.put(f[0], f.length > 1 ? f[1] : "");
    }
    return out;
  }

  private static void parse(Path docs, Path cache, Map<String, String> dates) throws Exception {
    Files.createDirectories(cache);
    CoreNlpParser parser = new CoreNlpParser(new NlpSettings(false, true));
    List<Path> files;
    try (Stream<Path> s = Files.list(docs)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path f : files) {
      String id = f.getFileName().toString().replace(".txt", "");
      Path target = cache.resolve(id + ".json");
      if (Files.exists(target)) {
        continue;
      }
      String text = Files.readString(f);
      String d = dates.getOrDefault(id, "");
      LocalDate date = d.isEmpty() ? null : LocalDate.parse(d);
      DocumentDate documentDate = date == null ? DocumentDate.none() : new DocumentDate(date, DocumentDate.Source.METADATA);
      ParsedText parsed = parser.parse(text, date);
      List<Entity> entities = new CanonicalEntities().entities(parsed);
      List<Timex> timexes = new TimexNormalizer().resolve(parsed, documentDate);
      JSON.writeValue(target.toFile(), new Cached(id, d, parsed, entities, timexes));
      System.err.println("parsed " + id);
    }
  }

  private static void run(Path cache, Path out) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(cache)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    DependencyEvents extractor = new DependencyEvents();
    try (BufferedWriter w = Files.newBufferedWriter(out)) {
      for (Path f : files) {
        Cached c = JSON.readValue(f.toFile(), Cached.class);
        List<EventTriple> events = extractor.events(c.parsed(), c.entities(), c.timexes());
        LocalDate date = c.date().isEmpty() ? null : LocalDate.parse(c.date());
        Article article = new Article(c.id(), null, null, c.parsed().text(), date, f.toString());
        AnalyzedArticle a = new AnalyzedArticle(article,
            date == null ? DocumentDate.none() : new DocumentDate(date, DocumentDate.Source.METADATA), "en",
            new CleanedText(c.parsed().text(), List.of()), c.entities(), c.timexes(), events);
        w.write(ArticleJson.mapper().writeValueAsString(ArticleJson.toJson(a)));
        w.newLine();
      }
    }
  }
}
