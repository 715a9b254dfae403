package org.newsevents.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;

/** What differs between the two databases: the date type, how a date is bound, and session settings. */
public enum Dialect {
  SQLITE("TEXT") {
    @Override
    void bindDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
      statement.setString(index, date == null ? null : date.toString());
    }

    @Override
    void prepare(Connection connection) throws SQLException {
      try (Statement s = connection.createStatement()) {
        // WAL lets readers query while a load runs; NORMAL syncs at checkpoints, not at every commit.
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
        // Foreign keys stay unenforced, SQLite's default: enforcing them costs 40% of the load's time,
        // and RecordRows checks every reference before a row is written (PostgreSQL enforces them).
        s.execute("PRAGMA foreign_keys = OFF");
        s.execute("PRAGMA cache_size = -65536");
        s.execute("PRAGMA busy_timeout = 10000");
      }
    }
  },
  POSTGRESQL("DATE") {
    @Override
    void bindDate(PreparedStatement statement, int index, LocalDate date) throws SQLException {
      if (date == null) {
        statement.setNull(index, Types.DATE);
      } else {
        statement.setObject(index, date);
      }
    }

    @Override
    void prepare(Connection connection) {
    }
  };

  private final String dateType;

  Dialect(String dateType) {
    this.dateType = dateType;
  }

  /** The column type of calendar days. */
  String dateType() {
    return dateType;
  }

  abstract void bindDate(PreparedStatement statement, int index, LocalDate date) throws SQLException;

  /** Session settings applied once per connection, before anything else. */
  abstract void prepare(Connection connection) throws SQLException;
}
