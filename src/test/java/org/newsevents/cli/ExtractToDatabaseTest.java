package org.newsevents.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.db.DatabaseSink;
import org.newsevents.db.DatabaseUrl;
import org.newsevents.db.LoadStats;
import org.newsevents.output.ArticleJson;

/** extract --db streams every record into the database, exactly as loading its JSON-lines would. */
class ExtractToDatabaseTest {
  @TempDir
  Path dir;

  @Test
  void theDatabaseHoldsWhatTheJsonLinesSay() throws Exception {
    Path out = dir.resolve("events.jsonl");
    String db = "sqlite:" + dir.resolve("events.db");
    assertEquals(Main.OK, Main.commandLine().execute("extract", "corpus/articles", "-o", out.toString(), "--db", db));

    List<String> lines = Files.readAllLines(out);
    long events = 0;
    for (String line : lines) {
      events += ArticleJson.mapper().readTree(line).get("events").size();
    }
    assertEquals(5, count(db, "documents"));
    assertEquals(events, count(db, "events"));

    // Loading the file afterwards finds every record already there, byte for byte.
    try (DatabaseSink sink = DatabaseSink.open(DatabaseUrl.parse(db), 500)) {
      for (String line : lines) {
        JsonNode record = ArticleJson.mapper().readTree(line);
        sink.accept(record, line);
      }
      sink.flush();
      LoadStats stats = sink.stats();
      assertEquals(List.of(5, 0, 0), List.of(stats.unchanged(), stats.added(), stats.replaced()));
    }
  }

  @Test
  void aBadDatabaseUrlIsAUsageError() {
    assertEquals(Main.USAGE, Main.commandLine().execute("extract", "corpus/articles", "--db", "mysql://x/y"));
  }

  private static long count(String db, String table) throws SQLException {
    try (Connection c = DatabaseUrl.parse(db).connect(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
