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
 */
public final class TemplateLines implements java.io.Serializable {
  private final Map<String, Integer> documentsPerSite;
  private final Map<String, Map<String, Integer>> documentsPerLine;
  private final int minDocuments;
  private final double minShare;

  private TemplateLines(Map<String, Integer> docs, Map<String, Map<String, Integer>> lines, RuleBook book) {
    this.documentsPerSite = docs;
    this.documentsPerLine = lines;
    this.minDocuments = book.integer("template-repeat.min-documents");
    this.minShare = book.number("template-repeat.min-share");
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
    return new TemplateLines(Map.copyOf(documentsPerSite), Map.copyOf(documentsPerLine), RuleBook.standard());
  }

  /** Counts, per site, in how many documents each line occurs. */
  public static TemplateLines learn(Iterable<Article> batch) {
    Map<String, Integer> docs = new HashMap<>();
    Map<String, Map<String, Integer>> lines = new HashMap<>();
    for (Article a : batch) {
      String site = site(a);
      docs.merge(site, 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (String raw : a.text().split("\n")) {
        String key = key(raw);
        if (!key.isEmpty() && seen.add(key)) {
          lines.computeIfAbsent(site, s -> new HashMap<>()).merge(key, 1, Integer::sum);
        }
      }
    }
    return new TemplateLines(docs, lines, RuleBook.standard());
  }

  /** Whether this line of this article recurs in enough documents of its site. */
  public boolean isTemplate(Article article, String line) {
    String site = site(article);
    Map<String, Integer> counts = documentsPerLine.get(site);
    if (counts == null) {
      return false;
    }
    int n = counts.getOrDefault(key(line), 0);
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

  static String key(String line) {
    return line.strip().toLowerCase(Locale.ROOT).replaceAll("\\d", "0").replaceAll("\\s+", " ");
  }
}
