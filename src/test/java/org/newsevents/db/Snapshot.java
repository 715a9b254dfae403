package org.newsevents.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every row of every table as text, sorted, read the same way from both databases so they can be compared. */
final class Snapshot {
  private Snapshot() {}

  static Map<String, List<String>> of(Connection connection) throws SQLException {
    try (Connection c = connection; Statement s = c.createStatement()) {
      Map<String, List<String>> tables = new LinkedHashMap<>();
      for (Table t : Tables.INSERT_ORDER) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + t.name())) {
          while (rs.next()) {
            rows.add(row(t, rs));
          }
        }
        rows.sort(null);
        tables.put(t.name(), rows);
      }
      return tables;
    }
  }

  private static String row(Table t, ResultSet rs) throws SQLException {
    List<String> values = new ArrayList<>();
    for (Column column : t.columns()) {
      String name = column.name();
      String value = switch (column.kind()) {
        case BOOLEAN -> String.valueOf(rs.getBoolean(name));
        case INTEGER -> String.valueOf(rs.getInt(name));
        default -> rs.getString(name);
      };
      values.add(rs.wasNull() ? "null" : value);
    }
    return String.join("|", values);
  }
}
