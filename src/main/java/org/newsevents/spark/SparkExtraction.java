package org.newsevents.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.newsevents.batch.DocumentProcessor;
import org.newsevents.clean.TemplateLines;
import org.newsevents.ingest.FileDocuments;
import org.newsevents.ingest.Ingested;
import org.newsevents.model.Article;
import org.newsevents.output.ArticleJson;
import org.newsevents.pipeline.PipelineOptions;
import org.newsevents.pipeline.Pipelines;
import scala.Tuple2;

/**
 * The extract job on Apache Spark. Files are read where they lie (any Hadoop file system), parsed
 * into documents with the same ingest code as {@code extract}, spread over the partitions, and run
 * through the pipeline, which each executor JVM loads once ({@link Pipelines} is a per-JVM cache):
 * nothing heavy travels in a closure. Output: JSON-lines part files with exactly extract's records.
 */
public final class SparkExtraction {
  private static final String SIDECAR = ".meta.json";

  private final String master;
  private final int partitions;
  private final LocalDate fallbackDate;

  /**
   * @param master     Spark master, or null to take spark-submit's (else {@code local[*]})
   * @param partitions partitions of the document set; 0 for twice the default parallelism
   */
  public SparkExtraction(String master, int partitions, LocalDate fallbackDate) {
    this.master = master;
    this.partitions = partitions;
    this.fallbackDate = fallbackDate;
  }

  /** Runs the job; returns the number of records written. */
  public long run(List<String> inputs, String outputDir) {
    SparkConf conf = new SparkConf().setAppName("newsevents extract");
    if (master != null) {
      conf.setMaster(master);
    } else {
      conf.setIfMissing("spark.master", "local[*]");
    }
    conf.setIfMissing("spark.ui.enabled", "false");
    try (JavaSparkContext sc = new JavaSparkContext(conf)) {
      sc.setLogLevel("ERROR");
      sc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
      int parts = partitions > 0 ? partitions : Math.max(2, sc.defaultParallelism() * 2);
      JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", inputs), parts);
      Map<String, byte[]> sidecars = files.filter(f -> f._1().endsWith(SIDECAR))
          .mapToPair(f -> new Tuple2<>(stemPath(f._1()), f._2().toArray())).collectAsMap();
      Broadcast<Map<String, byte[]>> sidecarsByStem = sc.broadcast(new HashMap<>(sidecars));
      JavaRDD<Ingested> documents = files.filter(f -> isArticle(f._1()))
          .flatMap(f -> read(f._1(), f._2(), sidecarsByStem.value()))
          .repartition(parts);
      documents.cache();
      Broadcast<TemplateLines> templates = sc.broadcast(learnTemplates(documents));
      LocalDate date = fallbackDate;
      JavaRDD<String> records = documents.mapPartitions(docs -> process(docs, templates.value(), date));
      records.cache();
      records.saveAsTextFile(outputDir);
      return records.count();
    }
  }

  private static Iterator<Ingested> read(String path, PortableDataStream stream, Map<String, byte[]> sidecars) {
    String local = localPath(path);
    String name = local.substring(local.lastIndexOf('/') + 1);
    return FileDocuments.read(name, local, stream.open(), sidecars.get(stemPath(path)));
  }

  /**
   * The first pass of extract, distributed: per site, how many documents each line occurs in.
   * Only lines in two or more documents travel to the driver; no single line can be template.
   */
  private static TemplateLines learnTemplates(JavaRDD<Ingested> documents) {
    JavaRDD<Article> articles = documents.filter(i -> i instanceof Ingested.Ok).map(i -> ((Ingested.Ok) i).article());
    Map<String, Long> perSite = articles.map(TemplateLines::site).countByValue();
    Map<Tuple2<String, String>, Integer> perLine = articles
        .flatMap(a -> {
          String site = TemplateLines.site(a);
          Set<Tuple2<String, String>> keys = new HashSet<>();
          for (String line : a.text().split("\n")) {
            String key = TemplateLines.lineKey(line);
            if (!key.isEmpty()) {
              keys.add(new Tuple2<>(site, key));
            }
          }
          return keys.iterator();
        })
        .mapToPair(k -> new Tuple2<>(k, 1)).reduceByKey(Integer::sum).filter(c -> c._2() >= 2).collectAsMap();
    Map<String, Integer> documentsPerSite = new HashMap<>();
    perSite.forEach((site, n) -> documentsPerSite.put(site, n.intValue()));
    Map<String, Map<String, Integer>> documentsPerLine = new HashMap<>();
    perLine.forEach((k, n) -> documentsPerLine.computeIfAbsent(k._1(), s -> new HashMap<>()).put(k._2(), n));
    return TemplateLines.fromCounts(documentsPerSite, documentsPerLine);
  }

  /** Runs on an executor: the pipeline is this JVM's one instance, built on first use. */
  private static Iterator<String> process(Iterator<Ingested> docs, TemplateLines templates, LocalDate date)
      throws Exception {
    DocumentProcessor processor =
        new DocumentProcessor(Pipelines.forBatch(PipelineOptions.standard(), templates), date);
    List<String> out = new ArrayList<>();
    while (docs.hasNext()) {
      out.add(ArticleJson.mapper().writeValueAsString(processor.process(docs.next()).record()));
    }
    return out.iterator();
  }

  private static boolean isArticle(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return !name.endsWith(SIDECAR) && (bare.endsWith(".txt") || bare.endsWith(".jsonl") || bare.endsWith(".ndjson")
        || bare.endsWith(".html") || bare.endsWith(".htm"));
  }

  /** The path without its article extensions: a text file and its sidecar share it. */
  static String stemPath(String path) {
    String p = path.endsWith(SIDECAR) ? path.substring(0, path.length() - SIDECAR.length()) : path;
    if (p.endsWith(".gz")) {
      p = p.substring(0, p.length() - 3);
    }
    int dot = p.lastIndexOf('.');
    int slash = p.lastIndexOf('/');
    return path.endsWith(SIDECAR) || dot <= slash ? p : p.substring(0, dot);
  }

  /** Local files keep the origin extract gives them (no {@code file:} scheme), so records match. */
  private static String localPath(String path) {
    return path.startsWith("file:") ? path.substring("file:".length()).replaceFirst("^//", "") : path;
  }
}
