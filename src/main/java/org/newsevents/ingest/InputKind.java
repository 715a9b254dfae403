package org.newsevents.ingest;

import java.util.Locale;

/** What a file holds, told by its name: plain text, a JSON-lines dump or an HTML page, maybe gzipped. */
enum InputKind {
  TEXT, JSONL, HTML;

  static InputKind of(String fileName) {
    String name = stripGzip(fileName.toLowerCase(Locale.ROOT));
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return JSONL;
    }
    if (name.endsWith(".html") || name.endsWith(".htm")) {
      return HTML;
    }
    return TEXT;
  }

  /** Whether a folder walk picks this file up; named files are always read. */
  static boolean isArticleFile(String fileName) {
    String name = stripGzip(fileName.toLowerCase(Locale.ROOT));
    return name.endsWith(".txt") || name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".html")
        || name.endsWith(".htm");
  }

  static boolean isGzip(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** The document id of a file: its name without the article extensions. */
  static String stem(String fileName) {
    String name = fileName;
    if (isGzip(name)) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String stripGzip(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }
}
