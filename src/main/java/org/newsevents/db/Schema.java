package org.newsevents.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Creates the tables and indexes of {@code db/schema.sql} where they are missing; safe to run on every load. */
public final class Schema {
  private static final String RESOURCE = "/db/schema.sql";

  private Schema() {}

  public static void create(Connection connection, Dialect dialect) throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String statement : statements(dialect)) {
        s.execute(statement);
      }
    }
    connection.commit();
  }

  /** The schema's statements for one dialect; comments at the end of a line stay (both databases accept them). */
  static List<String> statements(Dialect dialect) {
    String script = text().replace("{date}", dialect.dateType()).lines()
        .filter(line -> !line.startsWith("--"))
        .collect(Collectors.joining("\n"));
    return Arrays.stream(script.split(";\\s*(\n|$)")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String text() {
    try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
