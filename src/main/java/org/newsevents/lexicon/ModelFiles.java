package org.newsevents.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the project's own resources under {@code models/} (packaged onto the classpath): word
 * lists and tables, one entry a line, {@code #} starting a comment.
 */
public final class ModelFiles {
  private ModelFiles() {}

  /** The non-blank, non-comment lines of {@code models/<path>}, stripped. */
  public static List<String> lines(String path) {
    String resource = "models/" + path;
    try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing model resource " + resource);
      }
      List<String> out = new ArrayList<>();
      try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          int hash = line.indexOf('#');
          String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
          if (!content.isEmpty()) {
            out.add(content);
          }
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** A two-column tab-separated table from {@code models/<path>}: first column to second. */
  public static Map<String, String> table(String path) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(path)) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        throw new IllegalStateException("models/" + path + ": expected two tab-separated columns: " + line);
      }
      out.put(cols[0].strip(), cols[1].strip());
    }
    return out;
  }
}
