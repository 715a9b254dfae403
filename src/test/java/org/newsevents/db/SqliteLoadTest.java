package org.newsevents.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.cli.Main;

/** The load contract on SQLite, one fresh database file per test. */
class SqliteLoadTest extends LoadContract {
  @Override
  String freshDatabase() {
    return "sqlite:" + dir.resolve("events.db");
  }

  /** SQLite leaves foreign keys unenforced while loading; the loader's own checks must keep them whole. */
  @Test
  void everyForeignKeyHoldsAfterLoadsAndReplacements() throws Exception {
    assertEquals(Main.OK, load(CORPUS));
    List<String> lines = Files.readAllLines(CORPUS);
    lines.set(0, lines.get(0).replace("\"title\":null", "\"title\":\"changed\""));
    assertEquals(Main.OK, load(write("changed.jsonl", lines)));
    assertEquals(List.of(List.of("changed")), query("SELECT title FROM documents WHERE id = '" + SPY_STORY + "'"));
    assertEquals(List.of(), query("PRAGMA foreign_key_check"));
  }

  @Test
  void exitCodesTellUsageFromFatal() {
    assertEquals(Main.USAGE, Main.commandLine().execute("load", dir.resolve("missing.jsonl").toString(), "--db", db));
    assertEquals(Main.USAGE, Main.commandLine().execute("load", CORPUS.toString(), "--db", "mysql://h/db"));
    assertEquals(Main.FATAL, Main.commandLine().execute("load", CORPUS.toString(), "--db",
        "postgresql://nobody@127.0.0.1:1/none"));
    assertEquals(Main.FATAL, Main.commandLine().execute("load", CORPUS.toString(), "--db",
        "sqlite:" + dir.resolve("no-such-folder").resolve("events.db")));
  }
}
