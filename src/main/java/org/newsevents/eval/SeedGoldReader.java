package org.newsevents.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.newsevents.model.Article;
import org.newsevents.pipeline.PipelineOptions;

/**
 * The project's own gold ({@code corpus/gold/seeds.jsonl}): one JSON object per article, offsets into
 * {@code TEXTS/<id>.txt}. Covers every stage. Gold events give their sentence and phrases but no
 * offsets, so each predicate is located by finding its sentence in the text, then the predicate in it.
 */
public final class SeedGoldReader implements GoldReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final Path texts;

  /** @param texts the folder of article texts, or null for {@code articles} beside the gold file's folder */
  public SeedGoldReader(Path texts) {
    this.texts = texts;
  }

  public static Path defaultTexts(Path gold) {
    Path folder = gold.toAbsolutePath().getParent();
    return folder.resolveSibling("articles");
  }

  @Override
  public List<GoldDocument> read(Path gold) throws IOException {
    if (!Files.isRegularFile(gold)) {
      throw new BadGold(gold + ": not a JSON-lines gold file");
    }
    Path folder = texts != null ? texts : defaultTexts(gold);
    List<GoldDocument> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (IOException e) {
        throw new BadGold(gold + ":" + lineNo + ": malformed JSON");
      }
      String id = node.path("id").asText(null);
      if (id == null) {
        throw new BadGold(gold + ":" + lineNo + ": no \"id\"");
      }
      Path file = folder.resolve(id + ".txt");
      if (!Files.isRegularFile(file)) {
        throw new BadGold(file + ": article text not found (use --texts DIR)");
      }
      String text = stripBom(Files.readString(file, StandardCharsets.UTF_8));
      out.add(document(node, new Article(id, null, null, text, GoldDates.day(node.path("documentDate").asText(null)),
          file.toString())));
    }
    return out;
  }

  static GoldDocument document(JsonNode node, Article article) {
    String text = article.text();
    List<Region> boilerplate = new ArrayList<>();
    for (JsonNode b : node.path("boilerplate")) {
      boilerplate.add(new Region(b.path("start").asInt(), b.path("end").asInt()));
    }
    StringBuilder body = new StringBuilder();
    for (Region line : SourceLines.of(text)) {
      if (!SourceLines.touched(line, boilerplate)) {
        body.append(text, line.start(), line.end()).append('\n');
      }
    }
    List<GoldSpan> names = new ArrayList<>();
    List<GoldEntity> entities = new ArrayList<>();
    for (JsonNode e : node.path("entities")) {
      String type = e.path("type").asText();
      List<GoldSpan> mentions = new ArrayList<>();
      for (JsonNode m : e.path("mentions")) {
        GoldSpan span = new GoldSpan(m.path("start").asInt(), m.path("end").asInt(), type, m.path("text").asText());
        mentions.add(span);
        names.add(new GoldSpan(span.start(), span.end(), ConllTypes.of(type), span.text()));
      }
      entities.add(new GoldEntity(type, e.path("name").asText(), mentions));
    }
    List<GoldTimex> timexes = new ArrayList<>();
    for (JsonNode t : node.path("timexes")) {
      timexes.add(new GoldTimex(t.path("start").asInt(), t.path("end").asInt(), t.path("text").asText(),
          t.path("type").asText(), t.hasNonNull("value") ? t.get("value").asText() : null));
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : node.path("events")) {
      events.add(event(e, text));
    }
    return new GoldDocument(article, PipelineOptions.standard(),
        EnumSet.of(Stage.BOILERPLATE, Stage.ENTITIES, Stage.GROUPING, Stage.TIMEXES, Stage.EVENTS),
        body.toString(), boilerplate, names, entities, timexes, events, true, null);
  }

  private static GoldEvent event(JsonNode e, String text) {
    String predicate = e.path("predicate").asText();
    Region where = PhraseLocator.locate(text, e.path("sentence").asText(""), predicate);
    return new GoldEvent(where == null ? -1 : where.start(), where == null ? -1 : where.end(), predicate,
        argument(e, "subject"), argument(e, "object"), textOrNull(e.get("type")), textOrNull(e.get("date")));
  }

  private static GoldArgument argument(JsonNode e, String role) {
    String text = textOrNull(e.get(role));
    return text == null ? null : new GoldArgument(text, textOrNull(e.get(role + "Entity")));
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
