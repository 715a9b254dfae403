package org.newsevents.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * Where to load: {@code sqlite:FILE} or {@code postgresql://user[:password]@host[:port]/db[?params]}.
 * A PostgreSQL password not in the URL comes from {@code PGPASSWORD}, a missing user from {@code PGUSER}.
 *
 * @param dialect  which database
 * @param jdbcUrl  the driver's URL, without user or password
 * @param shown    the URL as given, password masked, for messages
 */
public record DatabaseUrl(Dialect dialect, String jdbcUrl, String shown, Properties properties) {
  public static DatabaseUrl parse(String url) {
    return parse(url, System.getenv());
  }

  static DatabaseUrl parse(String url, Map<String, String> env) {
    String bare = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
    if (bare.startsWith("sqlite:")) {
      String file = bare.substring("sqlite:".length());
      if (file.isBlank()) {
        throw new IllegalArgumentException("sqlite: needs a file name, as in sqlite:events.db");
      }
      return new DatabaseUrl(Dialect.SQLITE, "jdbc:sqlite:" + file, url, new Properties());
    }
    if (bare.startsWith("postgresql://") || bare.startsWith("postgres://")) {
      return postgres(bare, env);
    }
    throw new IllegalArgumentException("'" + url + "' is neither sqlite:FILE nor postgresql://user@host:port/db");
  }

  private static DatabaseUrl postgres(String url, Map<String, String> env) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a PostgreSQL URL: " + e.getMessage());
    }
    String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (db.isEmpty()) {
      throw new IllegalArgumentException("'" + url + "' names no database: postgresql://user@host:port/DB");
    }
    String host = uri.getHost() == null ? "localhost" : uri.getHost();
    int port = uri.getPort() < 0 ? 5432 : uri.getPort();
    Properties properties = new Properties();
    String user = env.get("PGUSER");
    String password = env.get("PGPASSWORD");
    String shown = url;
    if (uri.getUserInfo() != null) {
      String[] parts = uri.getUserInfo().split(":", 2);
      user = parts[0];
      if (parts.length == 2) {
        password = parts[1];
        shown = url.replace(":" + uri.getRawUserInfo().split(":", 2)[1] + "@", ":***@");
      }
    }
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    // pgjdbc turns a batch of single-row INSERTs into multi-row ones: many rows per round trip.
    properties.setProperty("reWriteBatchedInserts", "true");
    properties.setProperty("ApplicationName", "newsevents");
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    return new DatabaseUrl(Dialect.POSTGRESQL, "jdbc:postgresql://" + hostPart(host) + ":" + port + "/" + db + query,
        shown, properties);
  }

  private static String hostPart(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  /** Opens a connection with the dialect's session settings applied and autocommit off. */
  public Connection connect() throws SQLException {
    Connection connection = DriverManager.getConnection(jdbcUrl, properties);
    try {
      dialect.prepare(connection);
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
  }

  @Override
  public String toString() {
    return shown;
  }
}
