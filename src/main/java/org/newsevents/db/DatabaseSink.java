package org.newsevents.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsevents.output.ArticleJson;

/**
 * Writes output records into the relational schema, keyed by document id. Records are buffered and
 * written a batch per transaction: a record whose JSON is byte-identical to the stored one is skipped, a
 * changed one has all its old rows deleted and its new rows inserted in that same transaction, so a
 * reader never sees a document half replaced. The latest record for an id wins, article or error.
 * A full batch is written on a writer thread while the caller reads and checks the next one, so
 * parsing and the database work side by side; at most one batch is in flight.
 */
public final class DatabaseSink implements RecordSink {
  /** Rows buffered before a batch is written regardless of its document count. */
  private static final int MAX_PENDING_ROWS = 50_000;
  /** Ids per lookup of the stored versions, well under every driver's parameter limit. */
  private static final int LOOKUP_CHUNK = 500;

  private final Connection connection;
  private final Dialect dialect;
  private final int batchDocuments;
  private final ObjectWriter json = ArticleJson.mapper().writer();
  private final Map<String, RecordRows> pending = new LinkedHashMap<>();
  private final Map<String, PreparedStatement> statements = new HashMap<>();
  private final LoadStats stats = new LoadStats();
  private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(task, "newsevents-db-writer");
    t.setDaemon(true);
    return t;
  });
  private Future<?> inFlight;
  private int pendingRows;

  private DatabaseSink(Connection connection, Dialect dialect, int batchDocuments) {
    this.connection = connection;
    this.dialect = dialect;
    this.batchDocuments = batchDocuments;
  }

  /** Connects, creates the schema where missing, and writes a batch every {@code batchDocuments} records. */
  public static DatabaseSink open(DatabaseUrl url, int batchDocuments) throws IOException {
    if (batchDocuments < 1) {
      throw new IllegalArgumentException("batch size must be at least 1");
    }
    try {
      Connection connection = url.connect();
      try {
        Schema.create(connection, url.dialect());
      } catch (SQLException e) {
        connection.close();
        throw e;
      }
      return new DatabaseSink(connection, url.dialect(), batchDocuments);
    } catch (SQLException e) {
      throw failure(url + ": ", e);
    }
  }

  /** A record built in this JVM: hashed as the JSON-lines writer would write it. */
  @Override
  public void accept(JsonNode record) throws IOException {
    try {
      accept(record, json.writeValueAsString(record));
    } catch (RecordException e) {
      stats.rejected(record.path("id").asText("?") + ": " + e.getMessage());
    }
  }

  /** A record as read from a JSON line; {@code line} is hashed to tell whether it changed. */
  public void accept(JsonNode record, String line) throws RecordException, IOException {
    RecordRows rows = RecordRows.of(record, sha256(line));
    RecordRows superseded = pending.remove(rows.id);
    if (superseded != null) {
      pendingRows -= size(superseded);
    }
    pending.put(rows.id, rows);
    pendingRows += size(rows);
    if (pending.size() >= batchDocuments || pendingRows >= MAX_PENDING_ROWS) {
      handOff();
    }
  }

  public LoadStats stats() {
    return stats;
  }

  /** Writes the buffered records in one transaction and returns when they are committed. */
  public void flush() throws IOException {
    handOff();
    awaitWrite();
  }

  /** Starts writing the buffered records once the batch before them is committed. */
  private void handOff() throws IOException {
    awaitWrite();
    if (pending.isEmpty()) {
      return;
    }
    Map<String, RecordRows> batch = new LinkedHashMap<>(pending);
    pending.clear();
    pendingRows = 0;
    inFlight = writer.submit(() -> {
      try {
        write(batch);
      } catch (SQLException e) {
        rollback();
        throw e;
      }
      return null;
    });
  }

  private void awaitWrite() throws IOException {
    if (inFlight == null) {
      return;
    }
    try {
      inFlight.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing to the database", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SQLException sql) {
        throw failure("", sql);
      }
      throw new IOException("database: " + e.getCause(), e.getCause());
    } finally {
      inFlight = null;
    }
  }

  /** Writes what is buffered, drops catalogue entities no document names any more, and disconnects. */
  @Override
  public void close() throws IOException {
    try (Connection c = connection) {
      flush();
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM document_entities d "
            + "WHERE d.key = entities.key AND d.type = entities.type)");
      }
      c.commit();
      for (PreparedStatement p : statements.values()) {
        p.close();
      }
    } catch (SQLException e) {
      throw failure("", e);
    } finally {
      writer.shutdown();
    }
  }

  private void write(Map<String, RecordRows> batch) throws SQLException {
    Map<String, String> stored = storedVersions(new ArrayList<>(batch.keySet()));
    List<RecordRows> changed = new ArrayList<>();
    List<String> replaced = new ArrayList<>();
    for (RecordRows r : batch.values()) {
      String old = stored.get(r.id);
      if (!r.sha256.equals(old)) {
        changed.add(r);
        if (old != null) {
          replaced.add(r.id);
        }
      }
    }
    if (!replaced.isEmpty()) {
      for (Table t : Tables.DELETE_ORDER) {
        PreparedStatement delete = statement(t.deleteSql());
        for (String id : replaced) {
          delete.setString(1, id);
          delete.addBatch();
        }
        delete.executeBatch();
      }
    }
    for (Table t : Tables.INSERT_ORDER) {
      insert(t, changed);
    }
    connection.commit();
    for (RecordRows r : batch.values()) {
      String old = stored.get(r.id);
      if (r.sha256.equals(old)) {
        stats.skipped();
      } else {
        stats.written(r, old != null);
      }
    }
  }

  private void insert(Table table, List<RecordRows> records) throws SQLException {
    PreparedStatement insert = statement(table.insertSql());
    int[] key = table.keyPositions();
    Set<List<Object>> seen = new HashSet<>();
    int rows = 0;
    for (RecordRows r : records) {
      for (Object[] row : r.rows.get(table)) {
        // Many documents name the same thing: send the catalogue each one only once per batch.
        if (table.shared() && !seen.add(keyOf(row, key))) {
          continue;
        }
        table.bind(insert, row, dialect);
        insert.addBatch();
        rows++;
      }
    }
    if (rows > 0) {
      insert.executeBatch();
    }
  }

  /** The hash of each id's stored record, article or error. */
  private Map<String, String> storedVersions(List<String> ids) throws SQLException {
    Map<String, String> stored = new HashMap<>();
    for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
      String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
      String sql = "SELECT id, record_sha256 FROM documents WHERE id IN (" + marks + ") "
          + "UNION ALL SELECT doc_id, record_sha256 FROM errors WHERE doc_id IN (" + marks + ")";
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          select.setString(i + 1, chunk.get(i));
          select.setString(chunk.size() + i + 1, chunk.get(i));
        }
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            stored.put(rs.getString(1), rs.getString(2));
          }
        }
      }
    }
    return stored;
  }

  private PreparedStatement statement(String sql) throws SQLException {
    PreparedStatement p = statements.get(sql);
    if (p == null) {
      p = connection.prepareStatement(sql);
      statements.put(sql, p);
    }
    return p;
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // The write already failed; that failure is the one to report.
    }
  }

  private static List<Object> keyOf(Object[] row, int[] positions) {
    List<Object> key = new ArrayList<>(positions.length);
    for (int p : positions) {
      key.add(row[p]);
    }
    return key;
  }

  private static int size(RecordRows r) {
    return r.rows.values().stream().mapToInt(List::size).sum();
  }

  private static String sha256(String line) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** The driver's message, with the cause PostgreSQL attaches to a failed batch. */
  private static IOException failure(String prefix, SQLException e) {
    String message = e.getMessage();
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      message = e.getNextException().getMessage();
    }
    return new IOException("database: " + prefix + message, e);
  }
}
