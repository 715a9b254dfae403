package org.newsevents.db;

/** The load contract on SQLite, one fresh database file per test. */
class SqliteLoadTest extends LoadContract {
  @Override
  String freshDatabase() {
    return "sqlite:" + dir.resolve("events.db");
  }
}
