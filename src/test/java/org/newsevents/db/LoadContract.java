package org.newsevents.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;
import org.newsevents.output.ArticleJson;

/**
 * What loading must do on every database, on the bundled corpus's own extract output (five articles):
 * every row lands, a second load changes nothing, a re-extracted document replaces its rows, error
 * records and bad lines are handled, and the README's example queries give the rows it shows.
 */
abstract class LoadContract {
  static final Path CORPUS = Path.of("src/test/resources/db/corpus-events.jsonl");
  static final String SPY_STORY = "000_67f3409273c89135";

  @TempDir
  Path dir;
  String db;

  /** A URL of an empty database of the kind under test. */
  abstract String freshDatabase() throws Exception;

  @BeforeEach
  void connect() throws Exception {
    db = freshDatabase();
  }

  @Test
  void theCorpusLandsInEveryTable() throws Exception {
    assertEquals(Main.OK, load(CORPUS));
    assertEquals(CORPUS_COUNTS, counts());
    String spy = " FROM events WHERE doc_id = '" + SPY_STORY + "' AND event_id = ";
    assertEquals(List.of(List.of("INVESTIGATE", "Serbian intelligence agencies", "serbian", "NATIONALITY", "e3",
            "have uncovered", "uncover", "a wide-ranging intelligence operation")),
        query("SELECT type, subject_text, subject_key, subject_type, subject_entity, predicate_text, predicate_lemma, "
            + "object_text" + spy + "'v2'"));
    assertEquals(List.of(List.of("CONSULT", "2018-12", "t3", "2018-12-01", "2018-12-31", "aleksandar vucic", "asserted")),
        query("SELECT type, date_value, date_timex, CAST(date_from AS TEXT), CAST(date_to AS TEXT), reported_by_key, "
            + "modality" + spy + "'v8'"));
    assertEquals(List.of(List.of("could not carry out", "1", "hypothetical", "georgy kleban")),
        query("SELECT predicate_text, CASE WHEN negated THEN 1 ELSE 0 END, modality, object_key" + spy + "'v11'"));
    assertEquals(List.of(List.of("the weekend", "2019-W46-WE", "2019-11-16", "2019-11-17")),
        query("SELECT text, value, CAST(date_from AS TEXT), CAST(date_to AS TEXT) FROM timexes "
            + "WHERE doc_id = '" + SPY_STORY + "' AND timex_id = 't2'"));
    assertEquals(List.of(List.of("2019-11-22", "metadata", "3010")),
        query("SELECT CAST(document_date AS TEXT), document_date_source, LENGTH(text) FROM documents "
            + "WHERE id = '" + SPY_STORY + "'"));
    assertEquals(List.of(List.of("13", "0", "25", "donation-appeal")),
        query("SELECT COUNT(*), MIN(start_offset), MIN(end_offset), MIN(reason) FROM boilerplate_spans "
            + "WHERE doc_id = '" + SPY_STORY + "'"));
    assertEquals(List.of(List.of("10", "534", "3202", "Aleksandar Vucic")),
        query("SELECT COUNT(*), MIN(start_offset), MAX(end_offset), MIN(text) FROM entity_mentions m "
            + "JOIN document_entities d ON d.doc_id = m.doc_id AND d.entity_id = m.entity_id "
            + "WHERE d.doc_id = '" + SPY_STORY + "' AND d.key = 'aleksandar vucic'"));
    // One key, two things: the Kremlin as a place and as the government.
    assertEquals(List.of(List.of("kremlin", "LOCATION"), List.of("kremlin", "ORGANIZATION")),
        query("SELECT key, type FROM entities WHERE key = 'kremlin' ORDER BY type"));
  }

  @Test
  void loadingTwiceChangesNothing() throws Exception {
    assertEquals(Main.OK, load(CORPUS));
    Map<String, List<String>> before = Snapshot.of(connection());
    assertEquals(Main.OK, load(CORPUS));
    assertEquals(before, Snapshot.of(connection()));
    LoadStats again = loadThroughSink(CORPUS);
    assertEquals(List.of(0, 0, 5, 0L), List.of(again.added(), again.replaced(), again.unchanged(), again.events()));
  }

  @Test
  void aReExtractedDocumentReplacesAllItsRows() throws Exception {
    assertEquals(Main.OK, load(CORPUS));
    ObjectNode changed = (ObjectNode) record(SPY_STORY);
    changed.put("title", "Serbia's President Accuses Russia of Spying");
    ((ArrayNode) changed.get("boilerplate")).removeAll().addObject().put("start", 0).put("end", 25)
        .put("reason", "donation-appeal");
    ArrayNode events = (ArrayNode) changed.get("events");
    while (events.size() > 10) {
      events.remove(events.size() - 1);
    }
    // youtube (e8) is named by this article alone and is no event's actor: it must leave the catalogue.
    removeEntity(changed, "e8");
    Path file = write("re-extracted.jsonl", List.of(json(changed)));
    assertEquals(Main.OK, load(file));

    Map<String, Long> expected = new LinkedHashMap<>(CORPUS_COUNTS);
    expected.put("boilerplate_spans", 45L - 13 + 1);
    expected.put("events", 200L - 34 + 10);
    expected.put("entities", 111L);
    expected.put("document_entities", 162L);
    expected.put("entity_mentions", 415L);
    assertEquals(expected, counts());
    assertEquals(List.of(List.of("Serbia's President Accuses Russia of Spying", "10")),
        query("SELECT title, (SELECT COUNT(*) FROM events WHERE doc_id = id) FROM documents WHERE id = '" + SPY_STORY + "'"));
    assertEquals(List.of(), query("SELECT key FROM entities WHERE key = 'youtube'"));
    assertEquals(List.of(List.of("0", "25", "donation-appeal")),
        query("SELECT start_offset, end_offset, reason FROM boilerplate_spans WHERE doc_id = '" + SPY_STORY + "'"));

    // Loading the original output again brings back exactly the original rows.
    assertEquals(Main.OK, load(CORPUS));
    assertEquals(CORPUS_COUNTS, counts());
  }

  @Test
  void theLatestRecordForAnIdWinsWhetherArticleOrError() throws Exception {
    assertEquals(Main.OK, load(CORPUS));
    Path failed = write("failed.jsonl", List.of(json(ArticleJson.error(SPY_STORY, "nlp", "time limit of 120 s exceeded")),
        json(ArticleJson.error("binary", "ingest", "binary data, not text"))));
    assertEquals(Main.OK, load(failed));
    assertEquals(List.of(List.of(SPY_STORY, "nlp", "time limit of 120 s exceeded"),
            List.of("binary", "ingest", "binary data, not text")),
        query("SELECT doc_id, stage, message FROM errors ORDER BY doc_id"));
    assertEquals(List.of(List.of("4", "166")),
        query("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events)"));

    assertEquals(Main.OK, load(CORPUS));
    assertEquals(List.of(List.of("binary")), query("SELECT doc_id FROM errors"));
    assertEquals(List.of(List.of("5", "200")),
        query("SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events)"));
  }

  @Test
  void badLinesAreLeftOutAndTheRestLoads() throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(CORPUS));
    ObjectNode dangling = (ObjectNode) record("002_ae4f38c24b0d812d");
    dangling.put("id", "dangling");
    ((ObjectNode) dangling.get("events").get(0)).putObject("reportedBy").put("text", "he").put("entity", "e999");
    lines.add(1, "{\"schema\":\"newsevents/1\",\"id\":\"cut-short\",\"text\":\"Serb");
    lines.add(3, json(dangling));
    lines.add("{\"schema\":\"newsevents/0\",\"id\":\"old\"}");
    lines.add("");
    assertEquals(Main.PARTIAL, load(write("mixed.jsonl", lines)));
    assertEquals(CORPUS_COUNTS, counts());
  }

  @Test
  void outputWrittenBeforeLocationAndModalityStillLoads() throws Exception {
    ObjectNode older = (ObjectNode) record(SPY_STORY);
    for (JsonNode event : older.get("events")) {
      ((ObjectNode) event).remove(List.of("location", "modality"));
    }
    assertEquals(Main.OK, load(write("older.jsonl", List.of(json(older)))));
    assertEquals(List.of(List.of("34", "0")), query("SELECT COUNT(*), COUNT(modality) FROM events"));
  }

  @Test
  void recordsStreamedFromExtractMatchTheirJsonLines() throws Exception {
    try (DatabaseSink sink = DatabaseSink.open(DatabaseUrl.parse(db), 2)) {
      for (String line : Files.readAllLines(CORPUS)) {
        sink.accept(ArticleJson.mapper().readTree(line));
      }
      assertEquals(0, sink.stats().rejectedCount());
    }
    assertEquals(CORPUS_COUNTS, counts());
    LoadStats fromFile = loadThroughSink(CORPUS);
    assertEquals(5, fromFile.unchanged());
    assertEquals(0, fromFile.documents());
  }

  @Test
  void theReadmeQueriesGiveTheRowsItShows() throws Exception {
    assertEquals(Main.OK, load(CORPUS));
    for (ReadmeQueries.Example example : ReadmeQueries.EXAMPLES) {
      assertEquals(example.rows(), query(example.sql()), example.title());
    }
  }

  static final Map<String, Long> CORPUS_COUNTS = corpusCounts();

  private static Map<String, Long> corpusCounts() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("documents", 5L);
    m.put("errors", 0L);
    m.put("boilerplate_spans", 45L);
    m.put("entities", 112L);
    m.put("document_entities", 163L);
    m.put("entity_mentions", 416L);
    m.put("timexes", 54L);
    m.put("events", 200L);
    return m;
  }

  int load(Path file) {
    return Main.commandLine().execute("load", file.toString(), "--db", db);
  }

  LoadStats loadThroughSink(Path file) throws IOException, RecordException {
    try (DatabaseSink sink = DatabaseSink.open(DatabaseUrl.parse(db), 500)) {
      for (String line : Files.readAllLines(file)) {
        sink.accept(ArticleJson.mapper().readTree(line), line);
      }
      sink.flush();
      return sink.stats();
    }
  }

  Map<String, Long> counts() throws SQLException {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String table : CORPUS_COUNTS.keySet()) {
      m.put(table, Long.parseLong(query("SELECT COUNT(*) FROM " + table).get(0).get(0)));
    }
    return m;
  }

  List<List<String>> query(String sql) throws SQLException {
    try (Connection c = connection(); PreparedStatement p = c.prepareStatement(sql); ResultSet rs = p.executeQuery()) {
      List<List<String>> rows = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  Connection connection() throws SQLException {
    return DatabaseUrl.parse(db).connect();
  }

  Path write(String name, List<String> lines) throws IOException {
    return Files.write(dir.resolve(name), lines);
  }

  static JsonNode record(String id) throws IOException {
    for (String line : Files.readAllLines(CORPUS)) {
      JsonNode r = ArticleJson.mapper().readTree(line);
      if (r.path("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no record " + id + " in " + CORPUS);
  }

  static String json(JsonNode record) throws IOException {
    return ArticleJson.mapper().writeValueAsString(record);
  }

  private static void removeEntity(ObjectNode article, String entityId) {
    for (Iterator<JsonNode> it = article.get("entities").elements(); it.hasNext(); ) {
      if (it.next().get("id").asText().equals(entityId)) {
        it.remove();
        return;
      }
    }
    throw new AssertionError("no entity " + entityId);
  }
}
