package org.newsevents.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import org.newsevents.db.DatabaseSink;
import org.newsevents.db.DatabaseUrl;
import org.newsevents.db.LoadStats;
import org.newsevents.db.RecordException;
import org.newsevents.output.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsevents load}: JSON-lines output into SQLite or PostgreSQL, idempotently, keyed by document id. */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Loads newsevents/1 JSON-lines into a relational schema (documents, boilerplate_spans, "
        + "entities, document_entities, entity_mentions, timexes, events, errors), created when missing. "
        + "A record identical to the stored one is skipped; a changed one replaces all its document's rows "
        + "in one transaction; the latest record for an id wins. Loading the same file twice changes nothing."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every record was loaded (error records go to the errors table)",
        "1:some lines were not newsevents/1 records and were left out (reported on stderr)",
        "2:usage error (bad --db URL, missing input)", "3:fatal error (database unreachable or refused a write)"})
public final class LoadCommand implements Callable<Integer> {
  private static final int REPORTED_LINES = 20;

  @Parameters(arity = "1..*", paramLabel = "OUT.jsonl",
      description = "Output of 'newsevents extract' (gzipped if it ends in .gz); '-' for standard input.")
  List<String> inputs;

  @Option(names = "--db", paramLabel = "URL", defaultValue = "sqlite:events.db",
      description = "sqlite:FILE or postgresql://user[:password]@host[:port]/db (password also from PGPASSWORD) "
          + "(default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--batch", paramLabel = "DOCS", defaultValue = "500",
      description = "Documents per transaction (default: ${DEFAULT-VALUE}).")
  int batch;

  @Override
  public Integer call() {
    DatabaseUrl url;
    try {
      url = DatabaseUrl.parse(db);
    } catch (IllegalArgumentException e) {
      return usage("--db: " + e.getMessage());
    }
    if (batch < 1) {
      return usage("--batch must be at least 1");
    }
    for (String input : inputs) {
      if (!input.equals("-") && !Files.isRegularFile(Path.of(input))) {
        return usage(input + ": no such file");
      }
    }
    long started = System.nanoTime();
    LoadStats stats;
    try (DatabaseSink sink = DatabaseSink.open(url, batch)) {
      stats = sink.stats();
      for (String input : inputs) {
        load(input, sink);
      }
    } catch (NoSuchFileException e) {
      return usage(e.getFile() + ": no such file");
    } catch (IOException e) {
      System.err.println("newsevents load: " + e.getMessage());
      return Main.FATAL;
    }
    System.err.println("newsevents load: " + stats.describe((System.nanoTime() - started) / 1e9));
    return stats.rejectedCount() == 0 ? Main.OK : Main.PARTIAL;
  }

  private static void load(String input, DatabaseSink sink) throws IOException {
    ObjectReader json = ArticleJson.mapper().reader();
    int number = 0;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(input), StandardCharsets.UTF_8),
        1 << 16)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          sink.accept(json.readTree(line), line);
        } catch (JsonProcessingException e) {
          reject(sink.stats(), input + ":" + number + ": not JSON (" + e.getOriginalMessage() + ")");
        } catch (RecordException e) {
          reject(sink.stats(), input + ":" + number + ": " + e.getMessage());
        }
      }
    }
  }

  private static void reject(LoadStats stats, String reason) {
    int before = stats.rejectedCount();
    stats.rejected(reason);
    if (before < REPORTED_LINES) {
      System.err.println("newsevents load: left out " + reason);
    } else if (before == REPORTED_LINES) {
      System.err.println("newsevents load: more lines left out; only the first " + REPORTED_LINES + " are shown");
    }
  }

  private static InputStream open(String input) throws IOException {
    InputStream in = input.equals("-") ? System.in : Files.newInputStream(Path.of(input));
    return input.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  private static int usage(String message) {
    System.err.println("newsevents load: " + message);
    return Main.USAGE;
  }
}
