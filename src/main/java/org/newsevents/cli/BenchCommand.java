package org.newsevents.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.batch.DocumentProcessor;
import org.newsevents.batch.OrderedBatch;
import org.newsevents.batch.ResourceUse;
import org.newsevents.ingest.ArticleSource;
import org.newsevents.ingest.Ingested;
import org.newsevents.model.Article;
import org.newsevents.nlp.StockCoreNlp;
import org.newsevents.output.ArticleJson;
import org.newsevents.pipeline.Pipeline;
import org.newsevents.pipeline.Pipelines;
import org.newsevents.pipeline.StageClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsevents bench}: throughput and memory of the full pipeline, and of stock CoreNLP for comparison. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Runs the full pipeline over a corpus (replicated to --docs documents) at each thread count and "
        + "prints load time, tokens/s, docs/s, peak heap and RSS; then the same for stock CoreNLP "
        + "(tokenize,ssplit,pos,lemma,ner,depparse) on the same documents."})
public final class BenchCommand implements Callable<Integer> {
  private static final int WARM_UP_DOCS = 10;
  private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

  @Parameters(arity = "0..*", paramLabel = "INPUT", description = "Corpus to measure (default: corpus/articles).")
  List<String> inputs = new ArrayList<>(List.of("corpus/articles"));

  @Option(names = "--docs", paramLabel = "N", defaultValue = "100",
      description = "Documents per run: the corpus is replicated or cut to this many (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2",
      description = "Thread counts to measure (default: ${DEFAULT-VALUE}).")
  List<Integer> threadCounts;

  @Option(names = "--paragraphs", description = "Make each paragraph (line of 200 or more characters) of the corpus "
      + "a document of its own: many small documents, for long runs that watch memory.")
  boolean paragraphs;

  @Option(names = "--rss-every", paramLabel = "N", defaultValue = "0",
      description = "During each timed run, print the resident set size every N documents "
          + "(memory over a long run; 0: off, the default).")
  int rssEvery;

  @Option(names = "--stock-only", hidden = true, description = "Measure stock CoreNLP only (the child JVM of a full bench).")
  boolean stockOnly;

  @Option(names = "--stock-heap", paramLabel = "SIZE", defaultValue = "6g",
      description = "Heap of the JVM that measures stock CoreNLP: its default NER needs more than newsevents' "
          + "2 GB (default: ${DEFAULT-VALUE}).")
  String stockHeap;

  @Option(names = "--no-stock", description = "Skip the stock CoreNLP comparison.")
  boolean noStock;

  @Option(names = "--spark", description = "Also time the Spark job in local mode at each thread count "
      + "(local[1], local[2], ...) over the same inputs; needs Spark on the classpath, as ./newsevents adds it.")
  boolean spark;

  @Override
  public Integer call() throws Exception {
    List<Article> corpus;
    try {
      corpus = load();
    } catch (NoSuchFileException e) {
      System.err.println("newsevents bench: " + e.getFile() + ": no such file or folder");
      return Main.USAGE;
    }
    if (corpus.isEmpty()) {
      System.err.println("newsevents bench: no readable documents in the inputs");
      return Main.USAGE;
    }
    long tokens = corpus.stream().mapToLong(a -> countTokens(a.text())).sum();
    if (!stockOnly) {
      System.out.printf(Locale.ROOT, "corpus: %d documents, %d tokens (\\w+ or punctuation), %.0f tokens/doc%n",
          corpus.size(), tokens, (double) tokens / corpus.size());
    }

    if (stockOnly) {
      benchStock(corpus, tokens);
      return Main.OK;
    }
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipelines.standard();
    double load = seconds(t0);
    DocumentProcessor processor = new DocumentProcessor(pipeline, null);
    long f0 = System.nanoTime();
    processor.process(new Ingested.Ok(corpus.get(0)));
    System.out.printf(Locale.ROOT, "newsevents: load %.1f s (every model), then %.1f s for the first document; "
        + "max heap %.0f MB%n", load, seconds(f0), Runtime.getRuntime().maxMemory() / 1e6);
    for (int threads : threadCounts) {
      // Warm-up at this thread count, for the JIT.
      new OrderedBatch(processor, threads, Duration.ofMinutes(5)).run(
          corpus.subList(0, Math.min(WARM_UP_DOCS, corpus.size())).stream().<Ingested>map(Ingested.Ok::new).iterator(),
          outcome -> { });
      ResourceUse.resetPeaks();
      gcAtStart = ResourceUse.gcMillis();
      StageClock.start();
      long start = System.nanoTime();
      AtomicLong bytes = new AtomicLong();
      AtomicLong done = new AtomicLong();
      new OrderedBatch(processor, threads, Duration.ofMinutes(5)).run(
          corpus.stream().<Ingested>map(Ingested.Ok::new).iterator(),
          outcome -> {
            bytes.addAndGet(ArticleJson.mapper().writeValueAsBytes(outcome.record()).length);
            long n = done.incrementAndGet();
            if (rssEvery > 0 && n % rssEvery == 0) {
              System.out.printf(Locale.ROOT, "  %d thread(s): %d documents done, %.0f s, RSS %.0f MB, heap used %.0f MB%n",
                  threads, n, seconds(start), ResourceUse.rssBytes() / 1e6,
                  (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e6);
            }
          });
      report("newsevents", threads, seconds(start), corpus.size(), tokens);
      StageClock.stop();
      StringBuilder stages = new StringBuilder();
      StageClock.seconds().forEach((stage, s) -> stages.append(String.format(Locale.ROOT, " %s %.2f s,", stage, s)));
      System.out.println("  thread CPU by stage:" + stages.substring(0, Math.max(0, stages.length() - 1)));
    }
    if (spark) {
      benchSpark();
    }
    if (!noStock) {
      return stockInItsOwnJvm();
    }
    return Main.OK;
  }

  /**
   * Stock CoreNLP in a JVM of its own, so that neither pipeline's models or heap size the other's
   * figures: the same inputs and options, with {@code --stock-only} and {@code -Xmx} of --stock-heap.
   */
  private int stockInItsOwnJvm() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + stockHeap, "-XX:+UseParallelGC", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "bench", "--stock-only", "--docs", Integer.toString(docs), "--threads",
        String.join(",", threadCounts.stream().map(String::valueOf).toList())));
    if (paragraphs) {
      command.add("--paragraphs");
    }
    command.add("--");
    command.addAll(inputs);
    System.out.flush();
    Process child = new ProcessBuilder(command).inheritIO().start();
    int code = child.waitFor();
    if (code != 0) {
      System.err.println("newsevents bench: the stock CoreNLP run failed (exit " + code + ")");
      return Main.FATAL;
    }
    return Main.OK;
  }

  private void benchStock(List<Article> corpus, long tokens) throws Exception {
    long s0 = System.nanoTime();
    StockCoreNlp stock = new StockCoreNlp();
    double load = seconds(s0);
    long f0 = System.nanoTime();
    stock.annotate(corpus.get(0).text());
    System.out.printf(Locale.ROOT, "stock CoreNLP: load %.1f s, then %.1f s for the first document "
        + "(in a JVM of its own, max heap %.0f MB)%n", load, seconds(f0), Runtime.getRuntime().maxMemory() / 1e6);
    for (int threads : threadCounts) {
      runStock(stock, corpus.subList(0, Math.min(WARM_UP_DOCS, corpus.size())), threads);
      ResourceUse.resetPeaks();
      gcAtStart = ResourceUse.gcMillis();
      long start = System.nanoTime();
      runStock(stock, corpus, threads);
      report("stock CoreNLP", threads, seconds(start), corpus.size(), tokens);
    }
  }

  /** The Spark job over the inputs themselves (not the replicated set): end-to-end seconds per master. */
  private void benchSpark() throws IOException {
    long documents = 0;
    long tokens = 0;
    try (ArticleSource source = ArticleSource.open(inputs, System.in)) {
      while (source.hasNext()) {
        if (source.next() instanceof Ingested.Ok ok) {
          documents++;
          tokens += countTokens(ok.article().text());
        }
      }
    }
    for (int threads : threadCounts) {
      java.nio.file.Path out = java.nio.file.Files.createTempDirectory("newsevents-bench-spark").resolve("out");
      long start = System.nanoTime();
      new org.newsevents.spark.SparkExtraction("local[" + threads + "]", threads * 2, null).run(inputs, out.toString());
      double s = seconds(start);
      System.out.printf(Locale.ROOT, "spark local[%d]: %d documents in %.1f s, %.0f tokens/s, %.2f docs/s "
          + "(pipeline already loaded in this JVM)%n", threads, documents, s, tokens / s, documents / s);
    }
  }

  private List<Article> load() throws IOException {
    List<Article> base = new ArrayList<>();
    try (ArticleSource source = ArticleSource.open(inputs, System.in)) {
      source.forEachRemaining(i -> {
        if (i instanceof Ingested.Ok ok) {
          base.add(ok.article());
        }
      });
    }
    if (paragraphs) {
      List<Article> split = new ArrayList<>();
      for (Article a : base) {
        int n = 0;
        for (String line : a.text().split("\n")) {
          if (line.strip().length() >= 200) {
            split.add(new Article(a.id() + "/" + n++, a.url(), a.title(), line.strip(), a.documentDate(), a.origin()));
          }
        }
      }
      base.clear();
      base.addAll(split);
    }
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < docs && !base.isEmpty(); i++) {
      Article a = base.get(i % base.size());
      out.add(new Article(a.id() + "#" + i, a.url(), a.title(), a.text(), a.documentDate(), a.origin()));
    }
    return out;
  }

  private static void runStock(StockCoreNlp stock, List<Article> corpus, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (Article a : corpus) {
        done.add(pool.submit(() -> stock.annotate(a.text())));
      }
      for (Future<Integer> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private long gcAtStart;

  private void report(String what, int threads, double seconds, int docs, long tokens) {
    double gc = (ResourceUse.gcMillis() - gcAtStart) / 1000.0;
    System.out.printf(Locale.ROOT,
        "%s: %d thread(s): %.1f s, %.0f tokens/s, %.2f docs/s, peak heap %.0f MB, RSS %.0f MB, peak RSS %.0f MB, "
            + "GC %.1f s (%.0f%%)%n",
        what, threads, seconds, tokens / seconds, docs / seconds, ResourceUse.peakHeapBytes() / 1e6,
        ResourceUse.rssBytes() / 1e6, ResourceUse.peakRssBytes() / 1e6, gc, 100 * gc / seconds);
  }

  static long countTokens(String text) {
    Matcher m = TOKEN.matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
