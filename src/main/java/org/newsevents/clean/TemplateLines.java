package org.newsevents.clean;

import java.net.URI;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsevents.model.Article;

/**
 * Lines that recur across the documents of one batch, per site (the url's host; documents without
 * a url form one group). Learned in a first pass over the batch; a line seen in enough documents of
 * its site is template, whatever it says. Immutable once learned.
 *
 * <p>Memory stays bounded however long the batch: lines are held as 64-bit hashes of their
 * {@link #lineKey key}, and a site's counts are pruned every {@link #BUCKET} documents of that site
 * (lossy counting): a line is dropped once it could no longer reach 1/{@link #BUCKET} of the site's
 * documents. Only lines above the template share matter, so nothing that could be template is lost,
 * and a batch with fewer than {@link #BUCKET} documents per site is counted exactly.
 */
public final class TemplateLines implements java.io.Serializable {
  /** Documents of one site between two prunings; the count of a kept line is low by at most 1/BUCKET of them. */
  static final int BUCKET = 50;

  private final Map<String, Integer> documentsPerSite;
  private final Map<String, Map<Long, Integer>> documentsPerLine;
  private final int minDocuments;
  private final double minShare;

  private TemplateLines(Map<String, Integer> docs, Map<String, Map<Long, Integer>> lines, RuleBook book) {
    this.documentsPerSite = docs;
    this.minDocuments = book.integer("template-repeat.min-documents");
    this.minShare = book.number("template-repeat.min-share");
    // Lines under the minimum can never be template: only the others are kept.
    Map<String, Map<Long, Integer>> kept = new HashMap<>();
    lines.forEach((site, counts) -> counts.forEach((line, n) -> {
      if (n >= minDocuments) {
        kept.computeIfAbsent(site, x -> new HashMap<>()).put(line, n);
      }
    }));
    this.documentsPerLine = kept;
  }

  /** Nothing learned: no line is template. */
  public static TemplateLines none() {
    return new TemplateLines(Map.of(), Map.of(), RuleBook.standard());
  }

  /**
   * From counts made elsewhere (a distributed first pass): documents per site, and per site the
   * number of documents each {@link #lineKey line key} occurs in.
   */
  public static TemplateLines fromCounts(Map<String, Integer> documentsPerSite,
                                         Map<String, Map<String, Integer>> documentsPerLine) {
    Map<String, Map<Long, Integer>> hashed = new HashMap<>();
    documentsPerLine.forEach((site, counts) -> counts.forEach(
        (key, n) -> hashed.computeIfAbsent(site, x -> new HashMap<>()).merge(hash(key), n, Integer::sum)));
    return new TemplateLines(Map.copyOf(documentsPerSite), hashed, RuleBook.standard());
  }

  /** Counts, per site, in how many documents each line occurs. */
  public static TemplateLines learn(Iterable<Article> batch) {
    return learn(batch, new int[1]);
  }

  /** The most line counts held at once while learning over this batch (for tests of the memory bound). */
  static int peakLinesCounted(Iterable<Article> batch) {
    int[] peak = new int[1];
    learn(batch, peak);
    return peak[0];
  }

  /** Lines kept once learning is over: those that reached the minimum number of documents. */
  int linesHeld() {
    return documentsPerLine.values().stream().mapToInt(Map::size).sum();
  }

  private static TemplateLines learn(Iterable<Article> batch, int[] peak) {
    Map<String, SiteCounts> sites = new HashMap<>();
    for (Article a : batch) {
      SiteCounts site = sites.computeIfAbsent(site(a), x -> new SiteCounts());
      Set<Long> seen = new HashSet<>();
      for (String raw : a.text().split("\n")) {
        String key = key(raw);
        if (!key.isEmpty() && seen.add(hash(key))) {
          site.add(hash(key));
        }
      }
      peak[0] = Math.max(peak[0], site.counts.size());
      site.endDocument();
    }
    Map<String, Integer> docs = new HashMap<>();
    Map<String, Map<Long, Integer>> lines = new HashMap<>();
    sites.forEach((name, site) -> {
      docs.put(name, site.documents);
      lines.put(name, site.counts);
    });
    return new TemplateLines(docs, lines, RuleBook.standard());
  }

  /** One site's lossy counts: per line, the documents seen since it was first counted. */
  private static final class SiteCounts {
    final Map<Long, Integer> counts = new HashMap<>();
    /** The bucket in which each line was first counted: its count may be low by at most that many. */
    final Map<Long, Integer> firstBucket = new HashMap<>();
    int documents;

    void add(long line) {
      if (counts.merge(line, 1, Integer::sum) == 1) {
        firstBucket.put(line, documents / BUCKET);
      }
    }

    void endDocument() {
      documents++;
      if (documents % BUCKET == 0) {
        int bucket = documents / BUCKET;
        counts.entrySet().removeIf(e -> {
          boolean drop = e.getValue() + firstBucket.get(e.getKey()) <= bucket;
          if (drop) {
            firstBucket.remove(e.getKey());
          }
          return drop;
        });
      }
    }
  }

  /** Whether this line of this article recurs in enough documents of its site. */
  public boolean isTemplate(Article article, String line) {
    String site = site(article);
    Map<Long, Integer> counts = documentsPerLine.get(site);
    if (counts == null) {
      return false;
    }
    int n = counts.getOrDefault(hash(key(line)), 0);
    int docs = documentsPerSite.getOrDefault(site, 0);
    return n >= minDocuments && n >= minShare * docs;
  }

  /** The site a document belongs to: its url's host without "www.", or "" when unknown. */
  public static String site(Article a) {
    if (a.url() == null || a.url().isBlank()) {
      return "";
    }
    try {
      String host = URI.create(a.url().strip()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** A line's identity across documents: lowercased, digits folded, whitespace collapsed. */
  public static String lineKey(String line) {
    return key(line);
  }

  /** 64-bit FNV-1a of a line key: collisions are negligible at millions of distinct lines. */
  static long hash(String key) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  static String key(String line) {
    return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d", "0").replaceAll("\\s+", " ");
  }
}
