package org.newsevents.db;

/** A column the loader fills, and the kind of value it binds. */
record Column(String name, Kind kind) {
  enum Kind { TEXT, INTEGER, BOOLEAN, DATE }

  static Column text(String name) {
    return new Column(name, Kind.TEXT);
  }

  static Column integer(String name) {
    return new Column(name, Kind.INTEGER);
  }

  static Column bool(String name) {
    return new Column(name, Kind.BOOLEAN);
  }

  static Column date(String name) {
    return new Column(name, Kind.DATE);
  }
}
