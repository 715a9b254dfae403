package org.newsevents.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table the loader writes: its columns in insert order, the columns of its primary key, and the
 * column naming the document a row belongs to (null for the shared entity catalogue).
 */
record Table(String name, List<Column> columns, List<String> primaryKey, String documentColumn) {
  Table {
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
  }

  /** The shared catalogue keeps the row it has: another document naming the same thing adds nothing. */
  boolean shared() {
    return documentColumn == null;
  }

  String insertSql() {
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
    String sql = "INSERT INTO " + name + " (" + names + ") VALUES (" + marks + ")";
    return shared() ? sql + " ON CONFLICT (" + String.join(", ", primaryKey) + ") DO NOTHING" : sql;
  }

  String deleteSql() {
    return "DELETE FROM " + name + " WHERE " + documentColumn + " = ?";
  }

  /** Positions of the primary-key columns in a row. */
  int[] keyPositions() {
    return primaryKey.stream().mapToInt(this::position).toArray();
  }

  int position(String column) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name + " has no column " + column);
  }

  void bind(PreparedStatement statement, Object[] row, Dialect dialect) throws SQLException {
    for (int i = 0; i < columns.size(); i++) {
      Object value = row[i];
      int index = i + 1;
      switch (columns.get(i).kind()) {
        case TEXT -> statement.setString(index, (String) value);
        case INTEGER -> {
          if (value == null) {
            statement.setNull(index, Types.INTEGER);
          } else {
            statement.setInt(index, (Integer) value);
          }
        }
        case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
        case DATE -> dialect.bindDate(statement, index, (java.time.LocalDate) value);
        default -> throw new IllegalStateException();
      }
    }
  }
}
