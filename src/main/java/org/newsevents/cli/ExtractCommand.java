package org.newsevents.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsevents.ingest.ArticleSource;
import org.newsevents.ingest.Ingested;
import org.newsevents.model.AnalyzedArticle;
import org.newsevents.model.Article;
import org.newsevents.model.StageException;
import org.newsevents.output.ArticleJson;
import org.newsevents.output.JsonLinesWriter;
import org.newsevents.pipeline.Pipeline;
import org.newsevents.pipeline.PipelineOptions;
import org.newsevents.pipeline.Pipelines;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsevents extract}: the whole pipeline over the inputs, one JSON line per document. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Runs ingest, clean, entities, time and events over the inputs and writes one JSON line per "
        + "document (schema newsevents/1). A document that fails gets an error record; the run goes on."},
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

  @Option(names = "--no-clean", negatable = false, description = "Keep every line (skip boilerplate removal).")
  boolean noClean;

  @Override
  public Integer call() {
    PrintStream err = System.err;
    long started = System.nanoTime();
    RunSummary summary = new RunSummary();
    try (ArticleSource source = ArticleSource.open(inputs, System.in);
         OutputStream stream = output == null ? new NonClosing(System.out) : Files.newOutputStream(output);
         JsonLinesWriter writer = new JsonLinesWriter(stream)) {
      Pipeline pipeline = null;
      while (source.hasNext()) {
        Ingested item = source.next();
        if (item instanceof Ingested.Failed f) {
          writer.write(ArticleJson.error(f.id(), "ingest", f.message()));
          summary.failed("ingest", f.message());
          continue;
        }
        Article article = ((Ingested.Ok) item).article();
        if (article.documentDate() == null && documentDate != null) {
          article = article.withDocumentDate(documentDate);
        }
        if (pipeline == null) {
          pipeline = Pipelines.get(noClean ? PipelineOptions.uncleaned() : PipelineOptions.standard());
        }
        try {
          AnalyzedArticle analyzed = pipeline.run(article);
          writer.write(ArticleJson.toJson(analyzed));
          summary.succeeded();
        } catch (StageException e) {
          writer.write(ArticleJson.error(article.id(), e.stage(), e.getMessage()));
          summary.failed(e.stage(), e.getMessage());
        }
      }
    } catch (NoSuchFileException e) {
      err.println("newsevents extract: " + e.getFile() + ": no such file or folder");
      return Main.USAGE;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("newsevents extract: " + e.getMessage());
      return Main.FATAL;
    }
    err.println(summary.describe((System.nanoTime() - started) / 1e9));
    return summary.failures() == 0 ? Main.OK : Main.PARTIAL;
  }

  /** Standard output stays open for the JVM after the writer is done with it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
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
