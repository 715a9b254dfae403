package org.newsevents.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsevents.batch.DocumentProcessor;
import org.newsevents.batch.OrderedBatch;
import org.newsevents.batch.Progress;
import org.newsevents.batch.ResumePoint;
import org.newsevents.clean.TemplateLines;
import org.newsevents.db.DatabaseSink;
import org.newsevents.db.DatabaseUrl;
import org.newsevents.ingest.ArticleSource;
import org.newsevents.ingest.Ingested;
import org.newsevents.output.JsonLinesWriter;
import org.newsevents.pipeline.PipelineOptions;
import org.newsevents.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsevents extract}: the whole pipeline over the inputs, one JSON line per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Runs ingest, clean, language, entities, time and events over the inputs and writes one JSON "
        + "line per document (schema newsevents/1), in input order. A document that fails gets an error record; "
        + "the run goes on."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every document was processed", "1:some documents failed (error records written)",
        "2:usage error", "3:fatal error (e.g. output not writable)"})
public final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Text files (.txt), HTML pages (.html), JSON-lines dumps (.jsonl: {\"id\", \"text\"|\"html\", "
          + "\"documentDate\"?, \"url\"?, \"title\"?}), any of them gzipped (.gz); folders (walked recursively); "
          + "'-' for standard input. A text file's NAME.meta.json sidecar gives its documentDate, url and title.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.jsonl", description = "Output file (default: standard output).")
  Path output;

  @Option(names = "--document-date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents whose metadata gives none.")
  LocalDate documentDate;

  @Option(names = "--no-clean", description = "Keep every line (skip boilerplate removal).")
  boolean noClean;

  @Option(names = {"-t", "--threads"}, paramLabel = "N", defaultValue = "1",
      description = "Worker threads sharing one loaded pipeline (default: ${DEFAULT-VALUE}). Output order is input "
          + "order at any thread count.")
  int threads;

  @Option(names = "--resume", description = "Continue an interrupted run: keep the complete lines already in -o, "
      + "drop a half-written last line, and process only the documents after them.")
  boolean resume;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "120",
      description = "Per-document time limit; a document over it gets an error record (default: ${DEFAULT-VALUE}).")
  long timeLimitSeconds;

  @Option(names = "--no-templates", description = "Do not learn template lines from this batch. By default a first "
      + "pass over the inputs finds lines that recur across many documents of one site, and the cleaner removes them "
      + "(reason template-repeat). Standard input is never read twice, so it is never learned from.")
  boolean noTemplates;

  @Option(names = "--db", paramLabel = "URL",
      description = "Also write every record into this database as it comes (sqlite:FILE or "
          + "postgresql://user@host:port/db; see 'load'), one document per transaction. With --db and no -o, "
          + "no JSON-lines are written.")
  String db;

  @Option(names = "--no-progress", description = "Never draw the progress bar (it is drawn only when stderr is a "
      + "terminal).")
  boolean noProgress;

  @Override
  public Integer call() {
    if (threads < 1) {
      return usage("--threads must be at least 1");
    }
    if (resume && output == null) {
      return usage("--resume needs -o OUT.jsonl");
    }
    DatabaseUrl database;
    try {
      database = db == null ? null : DatabaseUrl.parse(db);
    } catch (IllegalArgumentException e) {
      return usage("--db: " + e.getMessage());
    }
    long started = System.nanoTime();
    RunSummary summary = new RunSummary();
    try (ArticleSource source = ArticleSource.open(inputs, System.in)) {
      Iterator<Ingested> items = source;
      boolean append = false;
      if (resume) {
        List<String> done = ResumePoint.recover(output);
        String mismatch = skip(source, done);
        if (mismatch != null) {
          return usage(mismatch);
        }
        summary.resumed(done.size());
        append = true;
      }
      // Opened before the pipeline loads, so an unreachable database fails the run at once.
      DatabaseSink sink = database == null ? null : DatabaseSink.open(database, 1);
      try (sink;
           OutputStream stream = sink != null && output == null ? OutputStream.nullOutputStream() : open(append);
           JsonLinesWriter writer = new JsonLinesWriter(stream);
           Progress progress = Progress.start(source.knownCount(), !noProgress)) {
        PipelineOptions options = noClean ? PipelineOptions.uncleaned() : PipelineOptions.standard();
        DocumentProcessor processor = new DocumentProcessor(Pipelines.forBatch(options, templates()), documentDate);
        new OrderedBatch(processor, threads, Duration.ofSeconds(timeLimitSeconds)).run(items, outcome -> {
          writer.write(outcome.record());
          if (sink != null) {
            sink.accept(outcome.record());
          }
          summary.add(outcome);
          progress.step();
        });
      }
      if (sink != null) {
        System.err.println("newsevents extract: " + database + ": " + sink.stats().describe());
      }
    } catch (NoSuchFileException e) {
      return usage(e.getFile() + ": no such file or folder");
    } catch (IOException | UncheckedIOException e) {
      System.err.println("newsevents extract: " + e.getMessage());
      return Main.FATAL;
    }
    System.err.println(summary.describe((System.nanoTime() - started) / 1e9));
    return summary.failures() == 0 ? Main.OK : Main.PARTIAL;
  }

  /** A first pass over the inputs learns the lines that recur across documents of one site. */
  private TemplateLines templates() throws IOException {
    if (noTemplates || noClean || inputs.contains(ArticleSource.STDIN)) {
      return TemplateLines.none();
    }
    return TemplateLines.learn(ArticleSource.readable(inputs));
  }

  /** Skips the documents an earlier run finished; says what is wrong if the inputs no longer match. */
  private static String skip(Iterator<Ingested> items, List<String> done) {
    for (int i = 0; i < done.size(); i++) {
      if (!items.hasNext()) {
        return "--resume: the output has " + done.size() + " records but the inputs only " + i;
      }
      String id = items.next().id();
      if (!id.equals(done.get(i))) {
        return "--resume: record " + (i + 1) + " of the output is '" + done.get(i) + "' but input document "
            + (i + 1) + " is '" + id + "'; were the inputs changed?";
      }
    }
    return null;
  }

  private OutputStream open(boolean append) throws IOException {
    if (output == null) {
      return new StandardOutput();
    }
    return append
        ? Files.newOutputStream(output, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
        : Files.newOutputStream(output);
  }

  private static int usage(String message) {
    System.err.println("newsevents extract: " + message);
    return Main.USAGE;
  }

  /** Standard output stays open for the JVM after the writer is done with it. */
  private static final class StandardOutput extends java.io.FilterOutputStream {
    StandardOutput() {
      super(System.out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
