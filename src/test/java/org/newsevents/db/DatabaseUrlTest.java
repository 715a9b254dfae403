package org.newsevents.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  @Test
  void sqliteNamesAFile() {
    DatabaseUrl url = DatabaseUrl.parse("sqlite:events.db", Map.of());
    assertEquals(Dialect.SQLITE, url.dialect());
    assertEquals("jdbc:sqlite:events.db", url.jdbcUrl());
    assertEquals("jdbc:sqlite:/tmp/x.db", DatabaseUrl.parse("jdbc:sqlite:/tmp/x.db", Map.of()).jdbcUrl());
  }

  @Test
  void postgresTakesUserHostPortAndDatabase() {
    DatabaseUrl url = DatabaseUrl.parse("postgresql://loader@db.example:5433/news?sslmode=disable", Map.of());
    assertEquals(Dialect.POSTGRESQL, url.dialect());
    assertEquals("jdbc:postgresql://db.example:5433/news?sslmode=disable", url.jdbcUrl());
    assertEquals("loader", url.properties().getProperty("user"));
    assertFalse(url.properties().containsKey("password"));
    assertEquals("jdbc:postgresql://localhost:5432/news",
        DatabaseUrl.parse("postgres://localhost/news", Map.of()).jdbcUrl());
  }

  @Test
  void thePasswordComesFromTheUrlOrPgpassword() {
    DatabaseUrl inUrl = DatabaseUrl.parse("postgresql://loader:s%40cret@127.0.0.1:5433/news",
        Map.of("PGPASSWORD", "other"));
    assertEquals("s@cret", inUrl.properties().getProperty("password"));
    assertEquals("postgresql://loader:***@127.0.0.1:5433/news", inUrl.toString());
    DatabaseUrl fromEnv = DatabaseUrl.parse("postgresql://127.0.0.1/news", Map.of("PGPASSWORD", "p", "PGUSER", "u"));
    assertEquals("p", fromEnv.properties().getProperty("password"));
    assertEquals("u", fromEnv.properties().getProperty("user"));
  }

  @Test
  void anythingElseIsAUsageError() {
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("mysql://x/y", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("sqlite:", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgresql://host:5432/", Map.of()));
  }
}
