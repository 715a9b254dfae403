package org.newsevents.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsevents spark}: extract as an Apache Spark job, locally or under spark-submit on a cluster. */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = {"Runs extract as an Apache Spark job and writes JSON-lines part files (part-00000, ...) with "
        + "exactly the records extract writes, error records included. Local mode by default; under spark-submit "
        + "the cluster's master is used."})
public final class SparkCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Folders or files (text, HTML, JSON-lines, gzipped or not), on any file system Spark reads.")
  List<String> inputs;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR",
      description = "Output folder; it must not exist yet.")
  String output;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (default: spark-submit's, else local[*]), e.g. local[2].")
  String master;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions of the document set (default: twice Spark's default parallelism).")
  int partitions;

  @Option(names = "--document-date", paramLabel = "YYYY-MM-DD",
      description = "Publication date for documents whose metadata gives none.")
  LocalDate documentDate;

  @Override
  public Integer call() {
    if (!output.contains("://") && Files.exists(Path.of(output))) {
      System.err.println("newsevents spark: " + output + " exists; choose a new output folder");
      return Main.USAGE;
    }
    try {
      Class.forName("org.apache.spark.SparkConf");
    } catch (ClassNotFoundException e) {
      System.err.println("newsevents spark: Spark is not on the classpath; run it through ./newsevents spark "
          + "(which adds target/spark-lib) or spark-submit");
      return Main.FATAL;
    }
    long started = System.nanoTime();
    long records = new org.newsevents.spark.SparkExtraction(master, partitions, documentDate).run(inputs, output);
    System.err.printf("newsevents spark: %d records written to %s in %.1f s%n", records, output,
        (System.nanoTime() - started) / 1e9);
    return Main.OK;
  }
}
