package org.newsevents.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.cli.Main;

/** The load contract on a real PostgreSQL server (see {@link TestPostgres}), one fresh schema per test. */
class PostgresLoadTest extends LoadContract {
  @Override
  String freshDatabase() throws Exception {
    return TestPostgres.freshSchema();
  }

  @Test
  void postgresHoldsTheSameRowsAsSqlite() throws Exception {
    String sqlite = "sqlite:" + dir.resolve("same.db");
    assertEquals(Main.OK, Main.commandLine().execute("load", CORPUS.toString(), "--db", sqlite));
    assertEquals(Main.OK, load(CORPUS));
    Map<String, List<String>> inSqlite = Snapshot.of(DatabaseUrl.parse(sqlite).connect());
    Map<String, List<String>> inPostgres = Snapshot.of(connection());
    assertEquals(inSqlite.keySet(), inPostgres.keySet());
    for (String table : inSqlite.keySet()) {
      assertEquals(inSqlite.get(table), inPostgres.get(table), table);
    }
  }

  @Test
  void dateColumnsAreRealDates() throws Exception {
    assertEquals(Main.OK, load(CORPUS));
    assertEquals(List.of(List.of("date", "date", "date")),
        query("SELECT pg_typeof(document_date)::text, (SELECT pg_typeof(date_from)::text FROM events LIMIT 1), "
            + "(SELECT pg_typeof(date_to)::text FROM timexes LIMIT 1) FROM documents LIMIT 1"));
  }
}
