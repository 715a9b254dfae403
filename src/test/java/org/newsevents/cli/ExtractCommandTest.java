package org.newsevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command over the seeds mixed with bad input: one line per document, all valid. */
class ExtractCommandTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static List<JsonNode> records;
  static int exitCode;

  @BeforeAll
  static void extract(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> seeds = Files.list(Path.of("corpus/articles"))) {
      for (Path p : seeds.toList()) {
        Files.copy(p, in.resolve(p.getFileName()));
      }
    }
    for (String bad : List.of("empty.txt", "binary.txt", "malformed-lines.jsonl", "invalid-utf8.txt",
        "utf16-bom.txt", "non-english.txt", "truncated.jsonl.gz", "deeply-nested.html")) {
      Files.copy(Path.of("src/test/resources/bad-input", bad), in.resolve(bad));
    }
    Path out = dir.resolve("events.jsonl");
    exitCode = Main.commandLine().execute("extract", in.toString(), "-o", out.toString());
    records = new ArrayList<>();
    for (String line : Files.readAllLines(out)) {
      records.add(MAPPER.readTree(line));
    }
  }

  static JsonNode record(String id) {
    return records.stream().filter(r -> r.path("id").asText().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no record " + id));
  }

  @Test
  void everySeedComesOutAsAnArticleRecord() {
    for (String id : List.of("000_67f3409273c89135", "001_ba58100bb00cda72", "002_ae4f38c24b0d812d",
        "003_0cee1a8a8a4acb49", "004_6ecc71f2e874b47e")) {
      JsonNode r = record(id);
      assertTrue(r.path("error").isMissingNode(), () -> id + " failed: " + r.path("error"));
      assertEquals("newsevents/1", r.path("schema").asText());
      assertTrue(r.path("events").size() > 0, id + " has no events");
    }
  }

  @Test
  void badInputsGiveOneErrorRecordEach() {
    assertEquals("ingest", record("empty").path("error").path("stage").asText());
    assertTrue(record("empty").path("error").path("message").asText().startsWith("empty document"));
    assertEquals("binary data, not text", record("binary").path("error").path("message").asText());
    JsonNode malformed = records.stream().filter(r -> r.path("id").asText().endsWith("malformed-lines.jsonl:2"))
        .findFirst().orElseThrow();
    assertTrue(malformed.path("error").path("message").asText().startsWith("malformed JSON"));
    assertEquals("good-1", record("good-1").path("id").asText());
    assertTrue(record("good-1").path("error").isMissingNode());
    assertEquals("not valid UTF-8 text (mis-encoded input?)",
        record("invalid-utf8").path("error").path("message").asText());
    assertEquals("language", record("non-english").path("error").path("stage").asText());
    assertTrue(record("non-english").path("error").path("message").asText().startsWith("not English: detected srp"));
    assertTrue(records.stream().anyMatch(r -> r.path("error").path("message").asText()
        .startsWith("truncated gzip stream")));
    assertTrue(record("utf16-bom").path("error").isMissingNode());
    assertTrue(record("deeply-nested").path("error").isMissingNode());
    assertEquals(Main.PARTIAL, exitCode);
  }

  @Test
  void goodDocumentsComeOutInInputOrderBesideTheBadOnes() {
    List<String> ids = records.stream().map(r -> r.path("id").asText()).toList();
    assertEquals(List.of("000_67f3409273c89135", "001_ba58100bb00cda72", "002_ae4f38c24b0d812d",
        "003_0cee1a8a8a4acb49", "004_6ecc71f2e874b47e", "binary", "deeply-nested", "empty", "invalid-utf8"),
        ids.subList(0, 9));
    assertTrue(ids.containsAll(List.of("good-1", "good-2", "non-english", "utf16-bom")));
  }

  @Test
  void everyRecordMatchesTheShippedJsonSchema() throws IOException {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/newsevents-1.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    for (JsonNode r : records) {
      Set<ValidationMessage> problems = schema.validate(r);
      assertTrue(problems.isEmpty(), () -> r.path("id") + ": " + problems);
    }
  }

  @Test
  void everyOffsetPointsAtItsTextInTheSource() throws IOException {
    JsonNode r = record("001_ba58100bb00cda72");
    String source = Files.readString(Path.of("corpus/articles/001_ba58100bb00cda72.txt"));
    for (JsonNode e : r.path("entities")) {
      for (JsonNode m : e.path("mentions")) {
        assertEquals(m.path("text").asText(), source.substring(m.path("start").asInt(), m.path("end").asInt()));
      }
    }
    for (JsonNode t : r.path("timexes")) {
      assertEquals(t.path("text").asText(), source.substring(t.path("start").asInt(), t.path("end").asInt()));
    }
    for (JsonNode v : r.path("events")) {
      JsonNode p = v.path("predicate");
      assertEquals(p.path("text").asText(), source.substring(p.path("start").asInt(), p.path("end").asInt()));
    }
  }
}
